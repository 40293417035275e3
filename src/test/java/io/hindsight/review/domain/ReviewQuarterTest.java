package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewQuarterTest {

  @Test
  void theQuarterOfADayRunsFromItsFirstToItsLastDay() {
    ReviewQuarter quarter = ReviewQuarter.of(LocalDate.of(2026, 12, 2));

    assertThat(quarter.label()).isEqualTo("2026 Q4");
    assertThat(quarter.start()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(quarter.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(quarter.daysLeft(LocalDate.of(2026, 12, 2))).isEqualTo(29);
  }

  @Test
  void theLastDayOfAYearAndTheFirstOfTheNextAreInDifferentQuarters() {
    assertThat(ReviewQuarter.of(LocalDate.of(2026, 12, 31)).label()).isEqualTo("2026 Q4");
    assertThat(ReviewQuarter.of(LocalDate.of(2026, 12, 31)).daysLeft(LocalDate.of(2026, 12, 31)))
        .isZero();
    assertThat(ReviewQuarter.of(LocalDate.of(2027, 1, 1)).label()).isEqualTo("2027 Q1");
    assertThat(ReviewQuarter.of(LocalDate.of(2027, 1, 1)).end())
        .isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void aLeapYearsFirstQuarterEndsOnTheThirtyFirstOfMarchAndItsFebruaryCounts() {
    ReviewQuarter quarter = ReviewQuarter.of(LocalDate.of(2028, 2, 29));

    assertThat(quarter.start()).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(quarter.end()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(quarter.daysLeft(LocalDate.of(2028, 2, 29))).isEqualTo(31);
  }
}
