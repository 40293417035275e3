package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewWeekTest {

  @Test
  void aWeekRunsFromMondayToSunday() {
    ReviewWeek week = ReviewWeek.of(LocalDate.of(2026, 12, 2));
    assertThat(week.label()).isEqualTo("2026-W49");
    assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(ReviewWeek.of(LocalDate.of(2026, 12, 6))).isEqualTo(week);
    assertThat(ReviewWeek.of(LocalDate.of(2026, 12, 7)).label()).isEqualTo("2026-W50");
  }

  @Test
  void daysAroundTheYearsEndBelongToTheYearOfTheirThursday() {
    assertThat(ReviewWeek.of(LocalDate.of(2026, 12, 31)).label()).isEqualTo("2026-W53");
    assertThat(ReviewWeek.of(LocalDate.of(2027, 1, 3)).label()).isEqualTo("2026-W53");
    assertThat(ReviewWeek.of(LocalDate.of(2027, 1, 4)).label()).isEqualTo("2027-W01");
    assertThat(ReviewWeek.of(LocalDate.of(2024, 12, 30)).label()).isEqualTo("2025-W01");
    assertThat(ReviewWeek.of(LocalDate.of(2024, 12, 30)).monday())
        .isEqualTo(LocalDate.of(2024, 12, 30));
    assertThat(ReviewWeek.of(LocalDate.of(2021, 1, 1)).label()).isEqualTo("2020-W53");
  }

  @Test
  void aLeapDayIsInItsWeek() {
    ReviewWeek week = ReviewWeek.of(LocalDate.of(2028, 2, 29));
    assertThat(week.label()).isEqualTo("2028-W09");
    assertThat(week.monday()).isEqualTo(LocalDate.of(2028, 2, 28));
    assertThat(week.sunday()).isEqualTo(LocalDate.of(2028, 3, 5));
  }

  @Test
  void thereIsNoWeekZeroOrFiftyFour() {
    assertThatThrownBy(() -> new ReviewWeek(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReviewWeek(2026, 54)).isInstanceOf(IllegalArgumentException.class);
  }
}
