package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.RunbookSeverity;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The runbook index in the database: written by syncs, read by the catalog API. */
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
            "select r from IndexedRunbook r" + where(filter) + " order by " + order.orderBy(),
            IndexedRunbook.class);
    bind(query, filter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(RunbookFilter filter) {
    TypedQuery<Long> query =
        em.createQuery("select count(r) from IndexedRunbook r" + where(filter), Long.class);
    bind(query, filter);
    return query.getSingleResult();
  }

  private static String where(RunbookFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    filter.repositoryId().ifPresent(id -> where.append(" and r.repositoryId = :repository"));
    filter.owner().ifPresent(owner -> where.append(" and lower(r.owner) = :owner"));
    filter
        .severity()
        .ifPresent(
            severity ->
                where.append(
                    level(severity).isPresent()
                        ? " and r.severityLevel = :severity"
                        : " and lower(r.severity) = :severity"));
    filter
        .service()
        .ifPresent(
            service ->
                where.append(
                    " and exists (select 1 from IndexedRunbook x join x.services s"
                        + " where x = r and lower(s) = :service)"));
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, RunbookFilter filter) {
    filter.repositoryId().ifPresent(id -> query.setParameter("repository", id));
    filter.owner().ifPresent(owner -> query.setParameter("owner", lower(owner)));
    filter
        .severity()
        .ifPresent(
            severity ->
                query.setParameter(
                    "severity", level(severity).map(Enum::name).orElseGet(() -> lower(severity))));
    filter.service().ifPresent(service -> query.setParameter("service", lower(service)));
  }

  /**
   * The level a severity filter names: {@code critical}, {@code P0}, {@code sev1} and {@code
   * blocker} all find the runbooks whose severity names the critical level, however it is written;
   * a word that names no level finds the runbooks that write it so.
   */
  private static Optional<RunbookSeverity.Level> level(String severity) {
    return RunbookSeverity.parse(severity).flatMap(RunbookSeverity::level);
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
