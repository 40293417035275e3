package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SyncFailure;
import io.hindsight.runbook.git.LastChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The runbook index in the database: written by syncs, read by the catalog API and pages. */
@ApplicationScoped
public class RunbookIndexStore {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject RunbookHistoryStore histories;
  @Inject SyncLeases leases;

  /** Applies an index update and records the sync's success, in one transaction. */
  @Transactional
  public void apply(Long repositoryId, IndexUpdate update) {
    RunbookRepository repository = em.find(RunbookRepository.class, repositoryId);
    if (repository == null) {
      throw new SyncFailedException(
          SyncFailure.NOT_FOUND, "The repository was removed while it was syncing.");
    }
    if (update.fullRebuild()) {
      em.createQuery("delete from IndexedRunbook r where r.repositoryId = :id")
          .setParameter("id", repositoryId)
          .executeUpdate();
    }
    Map<String, IndexedRunbook> existing = new HashMap<>();
    if (!update.fullRebuild()) {
      for (IndexedRunbook runbook : of(repositoryId)) {
        existing.put(runbook.path().value(), runbook);
      }
      for (RunbookPath removed : update.removed()) {
        Optional.ofNullable(existing.remove(removed.value())).ifPresent(em::remove);
      }
    }
    for (RunbookIndexEntry entry : update.entries()) {
      IndexedRunbook current = existing.get(entry.path().value());
      if (current == null) {
        em.persist(new IndexedRunbook(repositoryId, entry));
      } else {
        current.update(entry);
      }
    }
    if (update.wholeHistory() || !update.histories().isEmpty()) {
      histories.record(repositoryId, update.wholeHistory(), update.histories(), update.removed());
      leases.historyRecorded(repositoryId, update.commit());
    }
    repository.syncSucceeded(update.commit(), clock.instant());
  }

  public List<IndexedRunbook> of(Long repositoryId) {
    return em.createQuery(
            "select r from IndexedRunbook r where r.repositoryId = :id order by r.path",
            IndexedRunbook.class)
        .setParameter("id", repositoryId)
        .getResultList();
  }

  /** The last change of every indexed runbook of the repository, as the last sync found it. */
  public Map<RunbookPath, LastChange> lastChanges(Long repositoryId) {
    Map<RunbookPath, LastChange> changes = new HashMap<>();
    for (IndexedRunbook runbook : of(repositoryId)) {
      if (runbook.lastCommit().isPresent()
          && runbook.lastAuthor().isPresent()
          && runbook.lastUpdated().isPresent()) {
        changes.put(
            runbook.path(),
            new LastChange(
                runbook.lastCommit().get(),
                runbook.lastAuthor().get(),
                runbook.lastUpdated().get(),
                "",
                runbook.lastUpdated().get()));
      }
    }
    return changes;
  }

  public Optional<IndexedRunbook> find(Long repositoryId, RunbookPath path) {
    return em.createQuery(
            "select r from IndexedRunbook r where r.repositoryId = :id and r.path = :path",
            IndexedRunbook.class)
        .setParameter("id", repositoryId)
        .setParameter("path", path.value())
        .getResultStream()
        .findFirst();
  }

  public List<IndexedRunbook> page(RunbookFilter filter, int first, int size) {
    return page(filter, RunbookOrder.DEFAULT, first, size);
  }

  public List<IndexedRunbook> page(RunbookFilter filter, RunbookOrder order, int first, int size) {
    TypedQuery<IndexedRunbook> query =
        em.createQuery(
            "select r from IndexedRunbook r"
                + RunbookCriteria.where(filter)
                + " order by "
                + order.orderBy(),
            IndexedRunbook.class);
    RunbookCriteria.bind(query, filter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(RunbookFilter filter) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(r) from IndexedRunbook r" + RunbookCriteria.where(filter), Long.class);
    RunbookCriteria.bind(query, filter);
    return query.getSingleResult();
  }

  /**
   * How many files the filter finds in each folder, runbooks and index pages apart: folder to
   * {@code [runbooks, index pages]}. One grouped query, whatever the number of files.
   */
  public Map<String, long[]> countsByFolder(RunbookFilter filter) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select r.folder, r.indexPage, count(r) from IndexedRunbook r"
                + RunbookCriteria.where(filter)
                + " group by r.folder, r.indexPage",
            Object[].class);
    RunbookCriteria.bind(query, filter);
    Map<String, long[]> counts = new TreeMap<>();
    for (Object[] row : query.getResultList()) {
      long[] kinds = counts.computeIfAbsent((String) row[0], folder -> new long[2]);
      kinds[Boolean.TRUE.equals(row[1]) ? 1 : 0] += ((Number) row[2]).longValue();
    }
    return counts;
  }

  /**
   * The index pages ({@code README.md} and the like) the filter finds, those of shorter folders
   * first, so that those of the filter's own folder come before those of its sub-folders.
   */
  public List<IndexedRunbook> indexPages(RunbookFilter filter, int max) {
    TypedQuery<IndexedRunbook> query =
        em.createQuery(
            "select r from IndexedRunbook r"
                + RunbookCriteria.where(filter)
                + " and r.indexPage = true order by length(r.folder), r.path",
            IndexedRunbook.class);
    RunbookCriteria.bind(query, filter);
    return query.setMaxResults(max).getResultList();
  }
}
