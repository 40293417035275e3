package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RecordedCommit;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.HistoryEntry;
import io.hindsight.runbook.git.RangeHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Runbook histories in the database: written by each sync in its index transaction (whole, or the
 * commits since the last one joined to what was recorded), read a page at a time by views.
 */
@ApplicationScoped
public class RunbookHistoryStore {

  private static final int BATCH = 500;
  private static final int MESSAGE_CHARS = 100_000;

  @PersistenceContext EntityManager em;

  /**
   * Records the histories a sync walked: each replaces a runbook's history when it is whole, or
   * goes above the history of the path it continues; the histories of removed runbooks go.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Long repositoryId,
      boolean whole,
      Map<RunbookPath, RangeHistory> histories,
      Set<RunbookPath> removed) {
    if (whole) {
      em.createQuery("delete from RecordedCommit c where c.repositoryId = :id")
          .setParameter("id", repositoryId)
          .executeUpdate();
    }
    for (Map.Entry<RunbookPath, RangeHistory> history : histories.entrySet()) {
      String path = history.getKey().value();
      RangeHistory range = history.getValue();
      if (whole) {
        insert(repositoryId, path, 0, range.entries());
        continue;
      }
      if (range.entries().isEmpty() && range.continuesAs().filter(path::equals).isPresent()) {
        continue;
      }
      if (range.continuesAs().filter(path::equals).isEmpty()) {
        deleteHistory(repositoryId, path);
        range.continuesAs().ifPresent(earlier -> copy(repositoryId, earlier, path));
      }
      insert(repositoryId, path, nextPosition(repositoryId, path), range.entries());
    }
    for (RunbookPath gone : removed) {
      if (!histories.containsKey(gone)) {
        deleteHistory(repositoryId, gone.value());
      }
    }
  }

  /** A page of a runbook's history, newest first. */
  public List<HistoryEntry> page(Long repositoryId, RunbookPath path, int first, int size) {
    return em.createQuery(
            "select c from RecordedCommit c where c.repositoryId = :id and c.path = :path"
                + " order by c.position desc",
            RecordedCommit.class)
        .setParameter("id", repositoryId)
        .setParameter("path", path.value())
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(RunbookHistoryStore::entry)
        .toList();
  }

  public long count(Long repositoryId, RunbookPath path) {
    return em.createQuery(
            "select count(c) from RecordedCommit c where c.repositoryId = :id and c.path = :path",
            Long.class)
        .setParameter("id", repositoryId)
        .setParameter("path", path.value())
        .getSingleResult();
  }

  /** The commit in a runbook's history, if it is there. */
  public Optional<HistoryEntry> find(Long repositoryId, RunbookPath path, String commitId) {
    return em.createQuery(
            "select c from RecordedCommit c where c.repositoryId = :id and c.path = :path"
                + " and c.commitId = :commit order by c.position desc",
            RecordedCommit.class)
        .setParameter("id", repositoryId)
        .setParameter("path", path.value())
        .setParameter("commit", commitId.toLowerCase(Locale.ROOT))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(RunbookHistoryStore::entry);
  }

  private static HistoryEntry entry(RecordedCommit commit) {
    return new HistoryEntry(
        commit.commitId(),
        commit.author(),
        commit.authoredAt(),
        commit.message(),
        commit.entryPath(),
        commit.renamedFrom());
  }

  private int nextPosition(Long repositoryId, String path) {
    Integer top =
        em.createQuery(
                "select max(c.position) from RecordedCommit c"
                    + " where c.repositoryId = :id and c.path = :path",
                Integer.class)
            .setParameter("id", repositoryId)
            .setParameter("path", path)
            .getSingleResult();
    return top == null ? 0 : top + 1;
  }

  private void deleteHistory(Long repositoryId, String path) {
    em.createQuery("delete from RecordedCommit c where c.repositoryId = :id and c.path = :path")
        .setParameter("id", repositoryId)
        .setParameter("path", path)
        .executeUpdate();
  }

  private void copy(Long repositoryId, String from, String to) {
    em.createNativeQuery(
            "insert into runbook_history (repository_id, path, position, commit_id, author,"
                + " authored_at, message, entry_path, renamed_from)"
                + " select repository_id, ?1, position, commit_id, author, authored_at, message,"
                + " entry_path, renamed_from from runbook_history"
                + " where repository_id = ?2 and path = ?3")
        .setParameter(1, to)
        .setParameter(2, repositoryId)
        .setParameter(3, from)
        .executeUpdate();
  }

  /** Writes entries (newest first) at positions above {@code base}, in JDBC batches. */
  private void insert(Long repositoryId, String path, int base, List<HistoryEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into runbook_history (repository_id, path, position, commit_id,"
                          + " author, authored_at, message, entry_path, renamed_from)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int size = entries.size();
                for (int i = 0; i < size; i++) {
                  HistoryEntry entry = entries.get(i);
                  insert.setLong(1, repositoryId);
                  insert.setString(2, path);
                  insert.setInt(3, base + size - 1 - i);
                  insert.setString(4, entry.commitId());
                  insert.setString(5, cut(entry.authorName(), 200));
                  insert.setObject(6, entry.authorTime().atOffset(ZoneOffset.UTC));
                  insert.setString(7, cut(entry.message(), MESSAGE_CHARS));
                  insert.setString(8, entry.path());
                  if (entry.renamedFrom().isPresent()) {
                    insert.setString(9, entry.renamedFrom().get());
                  } else {
                    insert.setNull(9, Types.VARCHAR);
                  }
                  insert.addBatch();
                  if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                  }
                }
                insert.executeBatch();
              }
            });
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
