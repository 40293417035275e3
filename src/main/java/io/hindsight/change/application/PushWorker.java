package io.hindsight.change.application;

import io.hindsight.platform.schedule.SingleDrain;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes queued merges: right after the merge's transaction commits ({@link PushQueue}), and every
 * ten seconds besides, which picks up pushes whose retry fell due, and at start-up the pushes a
 * crash or a stop left between the merge's commit and the push. Each push is claimed and made in a
 * transaction of its own ({@link PushAttempts}); one drain at a time on a node, and no two nodes on
 * one push.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PushWorker {

  private static final Logger LOG = Logger.getLogger(PushWorker.class.getName());
  private static final Duration MAX_DRAIN = Duration.ofMinutes(2);

  @Inject PushAttempts attempts;
  @Inject Clock clock;

  private final SingleDrain drains = new SingleDrain();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    drainWhileAsked();
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void wake() {
    drainWhileAsked();
  }

  /**
   * Pushes what is due, after waiting for a drain in progress; with {@code retryNow} also the
   * pushes waiting for their retry time. Returns how many were attempted.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int drainNow(boolean retryNow) {
    return drains.now(
        () -> drain(retryNow ? clock.instant().plus(Duration.ofDays(3650)) : clock.instant()));
  }

  private void drainWhileAsked() {
    drains.whileAsked(
        () -> {
          try {
            drain(clock.instant());
          } catch (Exception e) {
            LOG.log(Level.WARNING, "Pushing merges failed; tried again in ten seconds.", e);
          }
        });
  }

  /** One pass in id order, so that the merges of one repository go out in the order made. */
  private int drain(Instant dueBy) {
    long until = System.nanoTime() + MAX_DRAIN.toNanos();
    long after = 0;
    int attempted = 0;
    while (System.nanoTime() < until) {
      Optional<Long> done = attempts.attemptNext(after, dueBy);
      if (done.isEmpty()) {
        return attempted;
      }
      after = done.get();
      attempted++;
    }
    return attempted;
  }
}
