package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-11-16",
        " 2025-11-16 ",
        "2025/11/16",
        "2025.11.16",
        "2025-11-16T10:15:00Z",
        "2025-11-16 10:15",
        "16 Nov 2025",
        "16 November 2025",
        "Nov 16, 2025",
        "november 16 2025"
      })
  void readsCommonShapes(String written) {
    assertThat(LenientDate.parse(written)).contains(LocalDate.of(2025, 11, 16));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "2025-13-01", "2025-02-30", "16/11/2025", "TBD"})
  void namesNoDateOtherwise(String written) {
    assertThat(LenientDate.parse(written)).isEmpty();
  }
}
