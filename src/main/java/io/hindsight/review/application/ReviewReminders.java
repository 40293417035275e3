package io.hindsight.review.application;

import io.hindsight.platform.schedule.ScheduleLeases;
import io.hindsight.review.domain.Reminder;
import io.hindsight.review.domain.ReminderKind;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewReason;
import io.hindsight.review.domain.SentReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Announces the reminders the clock has made due, each item, kind and period once: the items due
 * within a week or overdue are looked at, a reminder not yet recorded is recorded and fired. Runs
 * that overlap (the timer's and a manual one) take turns on the sweep's lease row.
 */
@ApplicationScoped
@Transactional
public class ReviewReminders {

  @PersistenceContext EntityManager em;
  @Inject ReviewItems items;
  @Inject Event<ReviewReminderDue> due;
  @Inject ScheduleLeases leases;

  /** The reminders fired now; a second call for the same day fires none. */
  public int announce(Instant now) {
    leases.hold(ReviewSweep.JOB);
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    List<ReviewItem> near =
        em.createQuery(
                "select i from ReviewItem i where i.gone = false and i.retired = false"
                    + " and i.dueDate <= :weekEnd order by i.dueDate, i.id",
                ReviewItem.class)
            .setParameter("weekEnd", today.plusDays(7))
            .getResultList();
    Map<Long, List<ReviewReason>> reasons =
        items.openReasons(near.stream().map(ReviewItem::id).toList());
    Set<String> sent = sent(near.stream().map(ReviewItem::id).toList());
    int fired = 0;
    for (ReviewItem item : near) {
      Optional<Reminder> owed = Reminder.owed(item.dueDate(), today);
      if (owed.isPresent() && !sent.contains(sentKey(item.id(), owed.get()))) {
        em.persist(new SentReminder(item.id(), owed.get(), now));
        due.fire(
            new ReviewReminderDue(
                item.id(),
                item.runbook(),
                item.title(),
                owed.get().kind(),
                item.assignee(),
                item.owner(),
                item.dueDate(),
                reasons.getOrDefault(item.id(), List.of()).stream()
                    .map(reason -> reason.kind().words() + ": " + reason.label())
                    .toList(),
                "review:" + item.id() + ":" + owed.get().kind() + ":" + owed.get().period()));
        fired++;
      }
    }
    return fired;
  }

  /**
   * The reminders already sent for these items, read before any is written: one query per thousand
   * items, where a query per item flushed the reminders written so far each time.
   */
  private Set<String> sent(List<Long> items) {
    Set<String> sent = new HashSet<>();
    for (int from = 0; from < items.size(); from += 1_000) {
      em.createQuery(
              "select s.itemId, s.kind, s.period from SentReminder s where s.itemId in :items",
              Object[].class)
          .setParameter("items", items.subList(from, Math.min(items.size(), from + 1_000)))
          .getResultList()
          .forEach(
              row ->
                  sent.add(
                      sentKey(
                          (Long) row[0], new Reminder((ReminderKind) row[1], (String) row[2]))));
    }
    return sent;
  }

  private static String sentKey(long item, Reminder reminder) {
    return item + ":" + reminder.kind() + ":" + reminder.period();
  }
}
