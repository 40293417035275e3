package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterCountsTest {

  @Test
  void sharesAreWholePercentsOfTheRunbooks() {
    QuarterCounts counts = new QuarterCounts(3, 1, 2, 1, 2);

    assertThat(counts.reviewedPercent()).isEqualTo(33);
    assertThat(counts.freshPercent()).isEqualTo(66);
  }

  @Test
  void noRunbooksIsNothingLeftToReview() {
    assertThat(QuarterCounts.none().reviewedPercent()).isEqualTo(100);
    assertThat(QuarterCounts.none().freshPercent()).isEqualTo(100);
  }

  @Test
  void groupsAddUp() {
    assertThat(new QuarterCounts(2, 1, 1, 0, 1).plus(new QuarterCounts(5, 0, 5, 3, 0)))
        .isEqualTo(new QuarterCounts(7, 1, 6, 3, 1));
  }

  @Test
  void aReviewNinetyDaysAgoCountsAsFreshOneDayEarlierDoesNot() {
    LocalDate today = LocalDate.of(2027, 1, 15);

    assertThat(QuarterCounts.freshSince(today)).isEqualTo(LocalDate.of(2026, 10, 18));
  }

  @Test
  void countsThatCannotBeTogetherAreRefused() {
    assertThatThrownBy(() -> new QuarterCounts(1, 2, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuarterCounts(3, 0, 1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuarterCounts(-1, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
