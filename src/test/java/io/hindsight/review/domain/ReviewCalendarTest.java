package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.ReviewInterval;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewCalendarTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, 2026-03-31",
    "2026-03-31, 2026-03-31",
    "2026-04-01, 2026-06-30",
    "2026-08-15, 2026-09-30",
    "2026-12-31, 2026-12-31",
    "2028-02-29, 2028-03-31"
  })
  void quarterEndsAreTheLastDayOfMarchJuneSeptemberDecember(LocalDate day, LocalDate end) {
    assertThat(ReviewCalendar.quarterEnd(day)).isEqualTo(end);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-10-05, 2027-03-31",
    "2026-09-30, 2026-12-31",
    "2026-07-01, 2026-12-31",
    "2025-11-16, 2026-03-31",
    "2027-12-31, 2028-03-31",
    "2027-11-30, 2028-03-31"
  })
  void aRunbookReviewedInOneQuarterIsDueAtTheEndOfTheNext(LocalDate reviewed, LocalDate due) {
    Optional<LastReview> last = Optional.of(new LastReview(reviewed, LastReviewSource.RECORD));

    assertThat(ReviewCalendar.due(last, Optional.empty(), TODAY)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({"2026-12-01, 2026-12-31", "2027-01-01, 2027-03-31", "2028-02-29, 2028-03-31"})
  void aRunbookNeverReviewedIsDueAtTheEndOfThisQuarter(LocalDate today, LocalDate due) {
    assertThat(ReviewCalendar.due(Optional.empty(), Optional.empty(), today)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({
    "monthly, 2026-12-15, 2027-01-15",
    "30d, 2026-12-15, 2027-01-14",
    "90d, 2026-11-01, 2027-01-30",
    "6m, 2026-08-31, 2027-02-28",
    "monthly, 2028-01-31, 2028-02-29",
    "yearly, 2028-02-29, 2029-02-28",
    "quarterly, 2026-11-30, 2027-02-28"
  })
  void aRollingIntervalCountsFromTheLastReviewAcrossYearEndsAndLeapDays(
      String interval, LocalDate reviewed, LocalDate due) {
    Optional<LastReview> last = Optional.of(new LastReview(reviewed, LastReviewSource.COMMIT));

    assertThat(ReviewCalendar.due(last, ReviewInterval.parse(interval), TODAY)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({"monthly", "30d"})
  void aRollingIntervalWithNoReviewKnownIsDueToday(String interval) {
    assertThat(ReviewCalendar.due(Optional.empty(), ReviewInterval.parse(interval), TODAY))
        .isEqualTo(TODAY);
  }
}
