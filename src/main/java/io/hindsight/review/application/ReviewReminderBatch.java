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
 * One transaction of {@link ReviewReminders}: the reminders owed for a few items, recorded and
 * fired, after taking turns with any other run on the sweep's lease row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReviewReminderBatch {

  @PersistenceContext EntityManager em;
  @Inject ReviewItems items;
  @Inject Event<ReviewReminderDue> due;
  @Inject ScheduleLeases leases;

  /** The items due by {@code weekEnd} and neither gone nor retired, soonest first. */
  public List<Long> near(LocalDate weekEnd) {
    return em.createQuery(
            "select i.id from ReviewItem i where i.gone = false and i.retired = false"
                + " and i.dueDate <= :weekEnd order by i.dueDate, i.id",
            Long.class)
        .setParameter("weekEnd", weekEnd)
        .getResultList();
  }

  /** Records and fires the reminders owed now to these items and not recorded yet; how many. */
  public int announce(List<Long> ids, Instant now) {
    leases.hold(ReviewSweep.JOB);
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    List<ReviewItem> near =
        em.createQuery(
                "select i from ReviewItem i where i.id in :ids and i.gone = false"
                    + " and i.retired = false order by i.dueDate, i.id",
                ReviewItem.class)
            .setParameter("ids", ids)
            .getResultList();
    Map<Long, List<ReviewReason>> reasons = items.openReasons(ids);
    Set<String> sent = sent(ids);
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

  /** The reminders already sent for these items, read before any is written. */
  private Set<String> sent(List<Long> ids) {
    Set<String> sent = new HashSet<>();
    em.createQuery(
            "select s.itemId, s.kind, s.period from SentReminder s where s.itemId in :items",
            Object[].class)
        .setParameter("items", ids)
        .getResultList()
        .forEach(
            row ->
                sent.add(
                    sentKey((Long) row[0], new Reminder((ReminderKind) row[1], (String) row[2]))));
    return sent;
  }

  private static String sentKey(long item, Reminder reminder) {
    return item + ":" + reminder.kind() + ":" + reminder.period();
  }
}
