package io.hindsight.notify.application;

import io.hindsight.platform.schedule.OncePerCluster;
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
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, on one node of the cluster at a time, queues the reminders the clock has made due:
 * post-mortem notices, P0/P1 status-update reminders and action item notices, each subject in its
 * own transaction, and the daily digests of the days that have ended. Idempotency keys per deadline
 * and recipient make a second node's (or a restarted node's) run a no-op. A subject whose
 * transaction fails, even at commit (which reaches here as a checked exception no method declares),
 * is tried again next minute while the others go on.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderSweep {

  private static final Logger LOG = Logger.getLogger(ReminderSweep.class.getName());

  @Inject PostmortemNotices postmortems;
  @Inject StatusUpdateNotices statusUpdates;
  @Inject ActionItemNotices actionItems;
  @Inject DigestNotices digests;
  @Inject Clock clock;
  @Inject OncePerCluster cluster;

  private final ReentrantLock running = new ReentrantLock();

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    cluster.run("reminder-sweep", Duration.ofMinutes(1), this::sweepUnlessSweeping);
  }

  private void sweepUnlessSweeping() {
    if (!running.tryLock()) {
      return;
    }
    try {
      sweepAt(clock.instant());
    } finally {
      running.unlock();
    }
  }

  /**
   * Queues what is due at {@code now}, after waiting for a sweep in progress: when it returns,
   * every reminder due then is queued.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweepNow(Instant now) {
    running.lock();
    try {
      sweepAt(now);
    } finally {
      running.unlock();
    }
  }

  private void sweepAt(Instant now) {
    try {
      each("post-mortem", postmortems.dueIds(now), (id, at) -> postmortems.remind(id, at), now);
      each("incident", statusUpdates.openIds(), (id, at) -> statusUpdates.remind(id, at), now);
      each("action item", actionItems.dueIds(now), (id, at) -> actionItems.remind(id, at), now);
      digests.send(now);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "The reminder sweep failed; tried again next minute.", e);
    }
  }

  private static void each(
      String what, List<Long> ids, BiConsumer<Long, Instant> remind, Instant now) {
    for (Long id : ids) {
      try {
        remind.accept(id, now);
      } catch (Exception e) {
        LOG.log(
            Level.WARNING, "Reminders of " + what + " " + id + " failed; retried next minute.", e);
      }
    }
  }
}
