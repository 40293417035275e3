package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LintConfigTest {

  @ParameterizedTest
  @CsvSource({
    "1d, PT24H",
    "36h, PT36H",
    "90m, PT1H30M",
    "0, PT0S",
    "P2D, PT48H",
    "pt12h, PT12H",
    "' 7 D ', PT168H"
  })
  void aGraceIsWrittenShortOrAsIso(String written, Duration expected) {
    assertThat(LintConfig.parseGrace(written)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-1d", "PT-1H", "1w", "99999999d", "P4000D"})
  void anythingElseIsNoGrace(String written) {
    assertThat(LintConfig.parseGrace(written)).isEmpty();
  }

  @Test
  void theDefaultGraceIsOneDayAndNeverNegative() {
    assertThat(LintConfig.defaults().indexStaleGrace()).isEqualTo(Duration.ofDays(1));
    assertThatThrownBy(() -> LintConfig.defaults().withIndexStaleGrace(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
