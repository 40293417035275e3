package io.hindsight.review.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/** A calendar quarter, from its first day to its last, as the review calendar counts them. */
public record ReviewQuarter(int year, int quarter, LocalDate start, LocalDate end) {

  public ReviewQuarter {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
    }
  }

  /** The quarter {@code day} is in. */
  public static ReviewQuarter of(LocalDate day) {
    return new ReviewQuarter(
        day.getYear(),
        day.get(IsoFields.QUARTER_OF_YEAR),
        ReviewCalendar.quarterStart(day),
        ReviewCalendar.quarterEnd(day));
  }

  /** {@code 2026 Q4}. */
  public String label() {
    return year + " Q" + quarter;
  }

  /** Days left after {@code today} until the quarter's end, 0 on its last day. */
  public long daysLeft(LocalDate today) {
    return Math.max(0, end.toEpochDay() - today.toEpochDay());
  }
}
