package io.hindsight.review.domain;

/** The reminders the review sweep announces. */
public enum ReminderKind {
  DUE_SOON,
  DUE_TODAY,
  OVERDUE,
  ESCALATED
}
