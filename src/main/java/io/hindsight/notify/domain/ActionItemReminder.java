package io.hindsight.notify.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The reminder that is current for an action item's due date: "due in 3 days" from 09:00 three days
 * before it, then "overdue" once a week from 09:00 the day after it, in the team's zone. Only the
 * latest one counts; {@code slot} names it in idempotency keys.
 */
public record ActionItemReminder(boolean overdue, Instant at, String slot) {

  public static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
  public static final int DUE_SOON_DAYS = 3;

  /**
   * When the reminder after the current one starts: "due in 3 days", then "overdue", then each
   * following week's.
   */
  public static Instant next(LocalDate due, Instant now, ZoneId zone) {
    ZonedDateTime soon = due.minusDays(DUE_SOON_DAYS).atTime(REMINDER_TIME).atZone(zone);
    if (now.isBefore(soon.toInstant())) {
      return soon.toInstant();
    }
    ZonedDateTime overdue = due.plusDays(1).atTime(REMINDER_TIME).atZone(zone);
    ZonedDateTime next = overdue;
    while (!next.toInstant().isAfter(now)) {
      next = next.plusWeeks(1);
    }
    return next.toInstant();
  }

  public static Optional<ActionItemReminder> current(LocalDate due, Instant now, ZoneId zone) {
    ZonedDateTime soon = due.minusDays(DUE_SOON_DAYS).atTime(REMINDER_TIME).atZone(zone);
    if (now.isBefore(soon.toInstant())) {
      return Optional.empty();
    }
    ZonedDateTime overdue = due.plusDays(1).atTime(REMINDER_TIME).atZone(zone);
    if (now.isBefore(overdue.toInstant())) {
      return Optional.of(new ActionItemReminder(false, soon.toInstant(), "due-soon"));
    }
    int week = 0;
    while (!overdue.plusWeeks(week + 1L).toInstant().isAfter(now)) {
      week++;
    }
    return Optional.of(
        new ActionItemReminder(
            true, overdue.plusWeeks(week).toInstant(), "overdue-week-" + (week + 1)));
  }
}
