package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewIntervalTest {

  @ParameterizedTest
  @CsvSource({
    "quarterly, P3M",
    "Quarterly, P3M",
    "monthly, P1M",
    "weekly, P7D",
    "semi-annually, P6M",
    "yearly, P1Y",
    "annually, P1Y",
    "90d, P90D",
    "90 days, P90D",
    "2w, P14D",
    "6m, P6M",
    "1y, P1Y",
    "P6M, P6M"
  })
  void readsNamedAndCountedIntervals(String written, String period) {
    ReviewInterval interval = ReviewInterval.parse(written).orElseThrow();

    assertThat(interval.period()).isEqualTo(Period.parse(period));
    assertThat(interval.text()).isEqualTo(written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "sometimes", "0d", "P0D", "-3m", "d90", "P-1M", "99999d"})
  void rejectsWhatNamesNoPositiveInterval(String written) {
    assertThat(ReviewInterval.parse(written)).isEmpty();
  }
}
