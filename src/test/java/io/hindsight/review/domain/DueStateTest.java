package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueStateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

  @ParameterizedTest
  @CsvSource({
    "2027-01-08, LATER, due in 8 days",
    "2027-01-07, DUE_SOON, due in 7 days",
    "2027-01-01, DUE_SOON, due tomorrow",
    "2026-12-31, DUE_TODAY, due today",
    "2026-12-30, OVERDUE, overdue by 1 day",
    "2026-12-18, OVERDUE, overdue by 13 days",
    "2026-12-17, ESCALATED, overdue by 14 days"
  })
  void statesAndWordsAcrossTheYearEnd(LocalDate due, DueState state, String words) {
    assertThat(DueState.of(due, TODAY)).isEqualTo(state);
    assertThat(DueState.inWords(due, TODAY)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({
    "2027-01-05, DUE_SOON, 2027-01-05",
    "2026-12-31, DUE_TODAY, 2026-12-31",
    "2026-12-20, OVERDUE, 2026-12-31",
    "2026-12-01, ESCALATED, 2026-12-01"
  })
  void remindersAreOwedOncePerDueDateExceptOverdueOncePerDay(
      LocalDate due, ReminderKind kind, String period) {
    assertThat(Reminder.owed(due, TODAY)).contains(new Reminder(kind, period));
  }

  @ParameterizedTest
  @CsvSource({"2027-01-08", "2027-06-30"})
  void nothingIsOwedForALaterReview(LocalDate due) {
    assertThat(Reminder.owed(due, TODAY)).isEmpty();
  }
}
