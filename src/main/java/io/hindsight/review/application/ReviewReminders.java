package io.hindsight.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Announces the reminders the clock has made due, each item, kind and period once: the items due
 * within a week or overdue are looked at, a reminder not yet recorded is recorded and fired. Each
 * {@value #BATCH} items are a transaction of their own, so that a catalog of thousands of overdue
 * runbooks is announced in short transactions; runs that overlap (the timer's and a manual one)
 * take turns batch by batch.
 */
@ApplicationScoped
public class ReviewReminders {

  static final int BATCH = 200;

  @Inject ReviewReminderBatch batch;

  /** The reminders fired now; a second call for the same day fires none. */
  public int announce(Instant now) {
    List<Long> near = batch.near(now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(7));
    int fired = 0;
    for (int from = 0; from < near.size(); from += BATCH) {
      fired += batch.announce(near.subList(from, Math.min(near.size(), from + BATCH)), now);
    }
    return fired;
  }
}
