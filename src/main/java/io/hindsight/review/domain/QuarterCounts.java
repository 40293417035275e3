package io.hindsight.review.domain;

import java.time.LocalDate;

/**
 * Where a group of runbooks stands in a calendar quarter: how many there are, how many were
 * reviewed since the quarter began, how many are still due by its end, how many are past their due
 * date, and how many were reviewed in the last {@value #FRESH_DAYS} days (the runbook freshness).
 */
public record QuarterCounts(long runbooks, long reviewed, long due, long overdue, long fresh) {

  public static final int FRESH_DAYS = 90;

  public QuarterCounts {
    if (runbooks < 0 || reviewed < 0 || due < 0 || overdue < 0 || fresh < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
    if (reviewed > runbooks || due > runbooks || overdue > due || fresh > runbooks) {
      throw new IllegalArgumentException(
          "reviewed, due and fresh runbooks are among the runbooks, overdue ones among the due");
    }
  }

  public static QuarterCounts none() {
    return new QuarterCounts(0, 0, 0, 0, 0);
  }

  /**
   * The first day a review must be on or after for the runbook to count as fresh on {@code today}.
   */
  public static LocalDate freshSince(LocalDate today) {
    return today.minusDays(FRESH_DAYS - 1L);
  }

  public QuarterCounts plus(QuarterCounts other) {
    return new QuarterCounts(
        runbooks + other.runbooks,
        reviewed + other.reviewed,
        due + other.due,
        overdue + other.overdue,
        fresh + other.fresh);
  }

  /** Reviewed this quarter, in whole percent of the runbooks (100 when there are none). */
  public int reviewedPercent() {
    return percent(reviewed);
  }

  /** Reviewed in the last {@value #FRESH_DAYS} days, in whole percent of the runbooks. */
  public int freshPercent() {
    return percent(fresh);
  }

  private int percent(long part) {
    return runbooks == 0 ? 100 : (int) (part * 100 / runbooks);
  }
}
