package io.hindsight.review.application;

import io.hindsight.review.domain.Reminder;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Announces the reminders the clock has made due, each item, kind and period once: the items due
 * within a week or overdue are looked at, a reminder not yet recorded is recorded and fired.
 */
@ApplicationScoped
@Transactional
public class ReviewReminders {

  @PersistenceContext EntityManager em;
  @Inject ReviewItems items;
  @Inject Event<ReviewReminderDue> due;

  /** The reminders fired now; a second call for the same day fires none. */
  public int announce(Instant now) {
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
    int fired = 0;
    for (ReviewItem item : near) {
      Optional<Reminder> owed = Reminder.owed(item.dueDate(), today);
      if (owed.isPresent() && !sent(item, owed.get())) {
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

  private boolean sent(ReviewItem item, Reminder reminder) {
    return !em.createQuery(
            "select s.id from SentReminder s where s.itemId = :item and s.kind = :kind"
                + " and s.period = :period",
            Long.class)
        .setParameter("item", item.id())
        .setParameter("kind", reminder.kind())
        .setParameter("period", reminder.period())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
