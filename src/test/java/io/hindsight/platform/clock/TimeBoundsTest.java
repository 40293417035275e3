package io.hindsight.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeBoundsTest {

  private final TimeBounds bounds =
      new TimeBounds(LocalDate.of(1995, 6, 1), LocalDate.of(2100, 1, 1));

  @Test
  void refusesDaysAndInstantsOutsideTheConfiguredDays() {
    assertThat(bounds.problem(LocalDate.of(1995, 5, 31))).isPresent();
    assertThat(bounds.problem(LocalDate.of(1995, 6, 1))).isEmpty();
    assertThat(bounds.problem(Instant.parse("2100-01-01T23:59:59Z"))).isEmpty();
    assertThat(bounds.problem(Instant.parse("2100-01-02T00:00:00Z")))
        .hasValue("must be between 1995-06-01 and 2100-01-01 (UTC)");
    assertThat(bounds.problem(Instant.MIN)).isPresent();
  }

  @Test
  void theDefaultStartsIn2000() {
    assertThat(TimeBounds.DEFAULT.problem(LocalDate.of(1999, 12, 31))).isPresent();
    assertThat(TimeBounds.DEFAULT.problem(LocalDate.of(2000, 1, 1))).isEmpty();
    assertThatThrownBy(() -> new TimeBounds(LocalDate.of(2001, 1, 1), LocalDate.of(2000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
