package io.hindsight.review.domain;

import io.hindsight.runbook.domain.ReviewInterval;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;

/**
 * When a runbook's calendar review falls due. By default once per calendar quarter: a runbook last
 * reviewed in one quarter is due on the last day of the next; one with no known review is due at
 * the end of the current quarter. A runbook with its own {@code review_interval} is due that long
 * after its last review (a rolling interval), or today when no review is known.
 */
public final class ReviewCalendar {

  private ReviewCalendar() {}

  public static LocalDate due(
      Optional<LastReview> last, Optional<ReviewInterval> interval, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (interval.isPresent()) {
      return last.map(review -> review.date().plus(interval.get().period())).orElse(today);
    }
    return last.map(review -> quarterEnd(review.date().plusMonths(3))).orElse(quarterEnd(today));
  }

  /** The last day of the calendar quarter {@code day} is in. */
  public static LocalDate quarterEnd(LocalDate day) {
    int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
    LocalDate lastMonth = LocalDate.of(day.getYear(), quarter * 3, 1);
    return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
  }

  /** The first day of the calendar quarter {@code day} is in. */
  public static LocalDate quarterStart(LocalDate day) {
    int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
    return LocalDate.of(day.getYear(), quarter * 3 - 2, 1);
  }
}
