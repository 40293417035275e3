package io.hindsight.notify.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The reminder that is current for a deadline at a moment: 24 hours before it ("due soon"), at it
 * ("due"), then once a day while it is overdue, at the deadline's wall-clock time in the team's
 * zone (so 17:00 stays 17:00 across a daylight-saving change). Only the latest one counts: a job
 * that was down while a reminder passed sends the current one, not every missed one. {@code slot}
 * names it in idempotency keys, so each reminder is sent once.
 */
public record DeadlineReminder(Step step, Instant at, String slot) {

  public static final Duration DUE_SOON_BEFORE = Duration.ofHours(24);

  /** Which reminder of a deadline. */
  public enum Step {
    DUE_SOON,
    DUE,
    OVERDUE
  }

  /**
   * When the reminder after the one current at {@code now} starts: "due soon", then "due", then
   * each following day's "overdue".
   */
  public static Instant next(Instant due, Instant now, ZoneId zone) {
    Instant soon = due.minus(DUE_SOON_BEFORE);
    if (now.isBefore(soon)) {
      return soon;
    }
    if (now.isBefore(due)) {
      return due;
    }
    return due.atZone(zone).plusDays(daysOverdue(due, now, zone) + 1).toInstant();
  }

  public static Optional<DeadlineReminder> current(Instant due, Instant now, ZoneId zone) {
    Instant soon = due.minus(DUE_SOON_BEFORE);
    if (now.isBefore(soon)) {
      return Optional.empty();
    }
    if (now.isBefore(due)) {
      return Optional.of(new DeadlineReminder(Step.DUE_SOON, soon, "due-soon"));
    }
    long days = daysOverdue(due, now, zone);
    if (days == 0) {
      return Optional.of(new DeadlineReminder(Step.DUE, due, "due"));
    }
    return Optional.of(
        new DeadlineReminder(
            Step.OVERDUE, due.atZone(zone).plusDays(days).toInstant(), "overdue-" + days));
  }

  /** Whole days of the team's calendar passed since a deadline that {@code now} is past. */
  private static long daysOverdue(Instant due, Instant now, ZoneId zone) {
    ZonedDateTime local = due.atZone(zone);
    long days = Math.max(0, Duration.between(due, now).toDays() - 1);
    while (!local.plusDays(days + 1).toInstant().isAfter(now)) {
      days++;
    }
    return days;
  }
}
