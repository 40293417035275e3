package io.hindsight.review.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How close a due date is, seen from one day. */
public enum DueState {
  LATER,
  DUE_SOON,
  DUE_TODAY,
  OVERDUE,
  ESCALATED;

  static final int SOON_DAYS = 7;
  static final int ESCALATE_AFTER_DAYS = 14;

  public static DueState of(LocalDate due, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, due);
    if (days > SOON_DAYS) {
      return LATER;
    }
    if (days > 0) {
      return DUE_SOON;
    }
    if (days == 0) {
      return DUE_TODAY;
    }
    return -days >= ESCALATE_AFTER_DAYS ? ESCALATED : OVERDUE;
  }

  public boolean isOverdue() {
    return this == OVERDUE || this == ESCALATED;
  }

  /** "overdue by 3 days", "due today", "due tomorrow", "due in 5 days". */
  public static String inWords(LocalDate due, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, due);
    if (days == 0) {
      return "due today";
    }
    if (days == 1) {
      return "due tomorrow";
    }
    if (days == -1) {
      return "overdue by 1 day";
    }
    return days > 0 ? "due in " + days + " days" : "overdue by " + -days + " days";
  }
}
