package io.hindsight.review.application;

import io.hindsight.platform.schedule.OncePerCluster;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes, on one node of the cluster at a time: brings every repository's queue items up
 * to date (feedback, incidents and action items raised since), each repository in its own
 * transaction, then announces the reminders due and, once a week, the reviewers' digests. Each step
 * is idempotent, so a second node's run changes nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReviewSweep {

  /** The sweep's name in {@code schedule_lease}. */
  static final String JOB = "review-sweep";

  private static final Logger LOG = Logger.getLogger(ReviewSweep.class.getName());

  @Inject ReviewRefresh refresh;
  @Inject ReviewReminders reminders;
  @Inject ReviewDigests digests;
  @Inject Clock clock;
  @Inject OncePerCluster cluster;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    cluster.run(JOB, Duration.ofMinutes(10), this::sweepUnlessSweeping);
  }

  private void sweepUnlessSweeping() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (RepositoryKey key : refresh.repositoryKeys()) {
        try {
          refresh.repository(key);
        } catch (Exception e) {
          LOG.log(Level.WARNING, "Review queue of " + key + " not refreshed; retried later.", e);
        }
      }
      reminders.announce(clock.instant());
      digests.announceOncePerWeek(clock.instant());
    } catch (Exception e) {
      LOG.log(Level.WARNING, "The review sweep failed; tried again in ten minutes.", e);
    } finally {
      running.set(false);
    }
  }
}
