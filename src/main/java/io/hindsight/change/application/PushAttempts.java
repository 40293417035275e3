package io.hindsight.change.application;

import io.hindsight.change.domain.ChangePush;
import io.hindsight.change.domain.PushState;
import io.hindsight.platform.persistence.SkipLocked;
import io.hindsight.platform.schedule.RetrySchedule;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The worker's side of the push queue: claims the next due push and makes it in one transaction,
 * which holds the row's lock while the push goes out (other workers, on this node or another, skip
 * it) and records the outcome with it. A crash during the push rolls the claim back: the row stays
 * due and the next worker pushes it again, which changes nothing on a remote that got it. A push
 * whose merge another node made is left to that node's worker.
 */
@ApplicationScoped
public class PushAttempts {

  private static final Logger LOG = Logger.getLogger(PushAttempts.class.getName());

  /** Retried for as long as it takes: from 10 seconds, doubling up to 30 minutes apart. */
  static final RetrySchedule RETRIES =
      new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(30), Integer.MAX_VALUE);

  @PersistenceContext EntityManager em;
  @Inject ChangePusher pusher;
  @Inject ChangeGit git;
  @Inject RunbookRepositories repositories;
  @Inject Clock clock;

  /**
   * Makes the first push after {@code afterId} that is due by {@code dueBy} and that no other
   * worker holds.
   *
   * @return the id of the push attempted; empty when none is due
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Long> attemptNext(long afterId, Instant dueBy) {
    List<ChangePush> due =
        SkipLocked.claim(
            em.createQuery(
                    "select p from ChangePush p where p.id > :after and p.state in (:due)"
                        + " and p.nextAttemptAt <= :dueBy order by p.id",
                    ChangePush.class)
                .setParameter("after", afterId)
                .setParameter("due", List.of(PushState.PENDING, PushState.FAILED))
                .setParameter("dueBy", dueBy)
                .setMaxResults(1));
    if (due.isEmpty()) {
      return Optional.empty();
    }
    ChangePush push = due.get(0);
    attempt(push).ifPresent(outcome -> record(push, outcome));
    return Optional.of(push.id());
  }

  /**
   * The push's outcome; empty when the merge was made on another node, whose clone alone holds its
   * commit: that node's worker pushes it, and this one leaves the row as it is.
   */
  private Optional<ChangePusher.Outcome> attempt(ChangePush push) {
    RepositoryKey key = RepositoryKey.parse(push.repository()).orElse(null);
    Optional<RunbookRepository> repository =
        key == null
            ? Optional.empty()
            : em.createQuery(
                    "select r from RunbookRepository r where r.key = :key", RunbookRepository.class)
                .setParameter("key", push.repository())
                .getResultStream()
                .findFirst();
    Optional<RepositoryLocation> location = key == null ? Optional.empty() : repositories.find(key);
    if (repository.isEmpty() || location.isEmpty()) {
      return Optional.of(
          new ChangePusher.Outcome.Conflict(
              "The repository "
                  + push.repository()
                  + " is no longer registered; nothing was pushed."));
    }
    if (!git.holds(location.get(), List.of(push.mergeCommit()))) {
      return Optional.empty();
    }
    try {
      return Optional.of(pusher.push(repository.get(), location.get(), push));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Push " + push.id() + " failed unexpectedly.", e);
      return Optional.of(
          new ChangePusher.Outcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private void record(ChangePush push, ChangePusher.Outcome outcome) {
    Instant now = clock.instant();
    if (outcome instanceof ChangePusher.Outcome.Pushed pushed) {
      push.pushed(pushed.commit(), now);
    } else if (outcome instanceof ChangePusher.Outcome.Failed failed) {
      LOG.info(() -> "Push " + push.id() + " failed, tried again later: " + failed.error());
      push.failed(failed.error(), now, RETRIES, ThreadLocalRandom.current().nextDouble());
    } else if (outcome instanceof ChangePusher.Outcome.Conflict conflict) {
      LOG.warning(() -> "Push " + push.id() + " is a conflict: " + conflict.message());
      push.conflict(conflict.message());
    }
  }
}
