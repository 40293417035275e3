package io.hindsight.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaseTermTest {

  @Test
  void aMinutelyJobIsHeldFiveSecondsLessThanItsPeriod() {
    assertThat(LeaseTerm.every(Duration.ofMinutes(1)).hold()).isEqualTo(Duration.ofSeconds(55));
  }

  @Test
  void aDailyJobIsHeldFiveSecondsLessThanADay() {
    assertThat(LeaseTerm.every(Duration.ofDays(1)).hold())
        .isEqualTo(Duration.ofDays(1).minusSeconds(5));
  }

  @Test
  void aShortPeriodKeepsATenthAsMargin() {
    assertThat(LeaseTerm.every(Duration.ofSeconds(10)).hold()).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void periodsTooShortForALeaseAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> LeaseTerm.every(Duration.ofSeconds(1)));
  }
}
