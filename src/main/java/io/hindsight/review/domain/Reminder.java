package io.hindsight.review.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reminder the sweep owes for a queue item, with the period it is owed for: a runbook is
 * announced due soon and due today once per due date, overdue at most once a day, and escalated
 * once per due date.
 *
 * @param period the dedupe key's period: the due date, or the day for daily reminders
 */
public record Reminder(ReminderKind kind, String period) {

  public static Optional<Reminder> owed(LocalDate due, LocalDate today) {
    return switch (DueState.of(due, today)) {
      case LATER -> Optional.empty();
      case DUE_SOON -> Optional.of(new Reminder(ReminderKind.DUE_SOON, due.toString()));
      case DUE_TODAY -> Optional.of(new Reminder(ReminderKind.DUE_TODAY, due.toString()));
      case OVERDUE -> Optional.of(new Reminder(ReminderKind.OVERDUE, today.toString()));
      case ESCALATED -> Optional.of(new Reminder(ReminderKind.ESCALATED, due.toString()));
    };
  }
}
