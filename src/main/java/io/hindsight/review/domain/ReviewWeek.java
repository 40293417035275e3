package io.hindsight.review.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * The ISO week a weekly review digest is for ({@code 2026-W49}): weeks start on Monday and belong
 * to the year their Thursday is in, so 2027-01-01 is in 2026-W53 and 2024-12-30 in 2025-W01.
 */
public record ReviewWeek(int year, int week) {

  public ReviewWeek {
    if (week < 1 || week > 53) {
      throw new IllegalArgumentException("An ISO week is 1 to 53, not " + week);
    }
  }

  public static ReviewWeek of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new ReviewWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The week's Monday. */
  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
  }

  /** The week's Sunday, its last day. */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /** {@code 2026-W49}. */
  public String label() {
    return String.format("%d-W%02d", year, week);
  }
}
