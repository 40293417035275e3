package io.hindsight.runbook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who syncs a repository now, kept in the database so that one sync of a repository runs at a time
 * on one node or several: a sync takes the repository's lease in one conditional update, renews it
 * as it reports progress, and gives it up when done. A lease not renewed for {@link #LEASE} (its
 * node died) can be taken again. Each method commits on its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SyncLeases {

  static final Duration LEASE = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A name for one sync's hold on a lease: this node's and the sync's own. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String newHolder() {
    return System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID();
  }

  /** Takes the repository's lease for {@code holder}; false when another sync holds it. */
  public boolean take(Long repositoryId, String holder) {
    Instant now = clock.instant();
    int taken =
        em.createNativeQuery(
                "update repository_sync set holder = ?1, held_until = ?2, again = false,"
                    + " phase = ?3, done = 0, total = 0"
                    + " where repository_id = ?4 and (held_until is null or held_until < ?5)")
            .setParameter(1, holder)
            .setParameter(2, now.plus(LEASE))
            .setParameter(3, SyncPhase.QUEUED.name())
            .setParameter(4, repositoryId)
            .setParameter(5, now)
            .executeUpdate();
    if (taken == 1) {
      return true;
    }
    return em.createNativeQuery(
                "insert into repository_sync"
                    + " (repository_id, holder, held_until, again, phase, done, total)"
                    + " select id, ?1, ?2, false, ?3, 0, 0 from runbook_repository r"
                    + " where r.id = ?4 and not exists"
                    + " (select 1 from repository_sync s where s.repository_id = r.id)")
            .setParameter(1, holder)
            .setParameter(2, now.plus(LEASE))
            .setParameter(3, SyncPhase.QUEUED.name())
            .setParameter(4, repositoryId)
            .executeUpdate()
        == 1;
  }

  /**
   * Asks the sync holding the lease to run once more when it is done.
   *
   * @return false when no sync holds it (any more)
   */
  public boolean askAgain(Long repositoryId) {
    return em.createNativeQuery(
                "update repository_sync set again = true"
                    + " where repository_id = ?1 and held_until >= ?2")
            .setParameter(1, repositoryId)
            .setParameter(2, clock.instant())
            .executeUpdate()
        == 1;
  }

  /**
   * For the holder, after a sync: keeps the lease when another sync was asked for meanwhile (and
   * says so), else gives it up.
   */
  public boolean releaseOrRepeat(Long repositoryId, String holder) {
    int released =
        em.createNativeQuery(
                "update repository_sync set holder = null, held_until = null, phase = null,"
                    + " done = 0, total = 0"
                    + " where repository_id = ?1 and holder = ?2 and again = false")
            .setParameter(1, repositoryId)
            .setParameter(2, holder)
            .executeUpdate();
    if (released == 1) {
      return false;
    }
    return em.createNativeQuery(
                "update repository_sync set again = false, held_until = ?1"
                    + " where repository_id = ?2 and holder = ?3")
            .setParameter(1, clock.instant().plus(LEASE))
            .setParameter(2, repositoryId)
            .setParameter(3, holder)
            .executeUpdate()
        == 1;
  }

  /** Gives the lease up whatever was asked for, when a sync ended unexpectedly. */
  public void release(Long repositoryId, String holder) {
    em.createNativeQuery(
            "update repository_sync set holder = null, held_until = null, phase = null,"
                + " again = false, done = 0, total = 0"
                + " where repository_id = ?1 and holder = ?2")
        .setParameter(1, repositoryId)
        .setParameter(2, holder)
        .executeUpdate();
  }

  /** Records the holder's progress and renews its lease. */
  public void progress(Long repositoryId, String holder, SyncProgress progress) {
    em.createNativeQuery(
            "update repository_sync set phase = ?1, done = ?2, total = ?3, held_until = ?4"
                + " where repository_id = ?5 and holder = ?6")
        .setParameter(1, progress.phase().name())
        .setParameter(2, progress.done())
        .setParameter(3, progress.total())
        .setParameter(4, clock.instant().plus(LEASE))
        .setParameter(5, repositoryId)
        .setParameter(6, holder)
        .executeUpdate();
  }

  /** The progress of the sync holding the repository's lease, if one does. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SyncProgress> running(Long repositoryId) {
    List<?> rows =
        em.createNativeQuery(
                "select phase, done, total from repository_sync"
                    + " where repository_id = ?1 and held_until >= ?2")
            .setParameter(1, repositoryId)
            .setParameter(2, clock.instant())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    SyncPhase phase =
        row[0] == null ? SyncPhase.QUEUED : SyncPhase.valueOf(row[0].toString().strip());
    return Optional.of(
        new SyncProgress(phase, ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
  }

  /** The commit up to which the repository's runbook histories are recorded. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> historyCommit(Long repositoryId) {
    List<?> rows =
        em.createNativeQuery("select history_commit from repository_sync where repository_id = ?1")
            .setParameter(1, repositoryId)
            .getResultList();
    return rows.stream().filter(row -> row != null).map(Object::toString).findFirst();
  }

  /** Records, in the index update's transaction, up to which commit histories are recorded. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void historyRecorded(Long repositoryId, String commit) {
    em.createNativeQuery("update repository_sync set history_commit = ?1 where repository_id = ?2")
        .setParameter(1, commit)
        .setParameter(2, repositoryId)
        .executeUpdate();
  }
}
