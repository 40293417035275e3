package io.hindsight.review.application;

import io.hindsight.platform.schedule.ScheduleLeases;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewQuarter;
import io.hindsight.review.domain.ReviewWeek;
import io.hindsight.review.domain.WeeklyDigests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Announces each reviewer's weekly digest ({@link WeeklyDigests}): one query over the assigned
 * items due by the end of the quarter, one event per reviewer with something due this week. The
 * sweep asks every ten minutes; this node announces the first time it is asked in a week.
 */
@ApplicationScoped
@Transactional
public class ReviewDigests {

  @PersistenceContext EntityManager em;
  @Inject Event<ReviewDigestDue> due;
  @Inject ScheduleLeases leases;

  private final AtomicReference<ReviewWeek> announced = new AtomicReference<>();

  /** Announces the week's digests unless this node did so already this week; tells how many. */
  public int announceOncePerWeek(Instant now) {
    ReviewWeek week = ReviewWeek.of(LocalDate.ofInstant(now, ZoneOffset.UTC));
    if (week.equals(announced.get())) {
      return 0;
    }
    int fired = announce(now);
    announced.set(week);
    return fired;
  }

  /** Announces the digests of the week of {@code now} (UTC days). */
  public int announce(Instant now) {
    leases.hold(ReviewSweep.JOB);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate quarterEnd = ReviewQuarter.of(today).end();
    LocalDate sunday = ReviewWeek.of(today).sunday();
    List<WeeklyDigests.Assigned> assigned =
        em.createQuery(
                "select i from ReviewItem i where i.gone = false and i.retired = false"
                    + " and i.assignee is not null and i.dueDate <= :horizon"
                    + " order by i.dueDate, i.id",
                ReviewItem.class)
            .setParameter("horizon", sunday.isAfter(quarterEnd) ? sunday : quarterEnd)
            .getResultStream()
            .map(
                item ->
                    new WeeklyDigests.Assigned(
                        item.assignee().orElseThrow(),
                        item.id(),
                        item.runbook(),
                        item.title(),
                        item.dueDate()))
            .toList();
    List<WeeklyDigests.Digest> digests = WeeklyDigests.of(assigned, today);
    digests.forEach(digest -> due.fire(new ReviewDigestDue(digest)));
    return digests.size();
  }
}
