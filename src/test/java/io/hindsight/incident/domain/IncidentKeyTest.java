package io.hindsight.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentKeyTest {

  @Test
  void formatsYearAndFourDigitSequence() {
    assertThat(new IncidentKey(2026, 42).value()).isEqualTo("INC-2026-0042");
    assertThat(new IncidentKey(2026, 12345).value()).isEqualTo("INC-2026-12345");
  }

  @Test
  void parsesWhatItFormats() {
    assertThat(IncidentKey.parse("INC-2026-0042")).contains(new IncidentKey(2026, 42));
    assertThat(IncidentKey.parse("INC-2027-10000")).contains(new IncidentKey(2027, 10000));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "inc-2026-0042",
        "INC-2026-042",
        "INC-2026-00042",
        "INC-26-0042",
        "INC-2026-0000",
        "INC-2026-0042 ",
        "INC-2026-0042/..",
        "INC-0999-0001",
        "INC-2026-9999999999"
      })
  void refusesOtherSpellings(String raw) {
    assertThat(IncidentKey.parse(raw)).isEmpty();
  }

  @Test
  void refusesNull() {
    assertThat(IncidentKey.parse(null)).isEmpty();
    assertThatThrownBy(() -> new IncidentKey(2026, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByYearThenSequence() {
    assertThat(new IncidentKey(2025, 9999)).isLessThan(new IncidentKey(2026, 1));
    assertThat(new IncidentKey(2026, 2)).isGreaterThan(new IncidentKey(2026, 1));
  }
}
