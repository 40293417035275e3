package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RunbookSeverity.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunbookSeverityTest {

  @ParameterizedTest
  @CsvSource({
    "Critical, CRITICAL",
    "critical, CRITICAL",
    "P0, CRITICAL",
    "p0, CRITICAL",
    "HIGH, HIGH",
    "P1, HIGH",
    "' Medium ', MEDIUM",
    "p2, MEDIUM",
    "low, LOW",
    "P3, LOW",
    "P-3, LOW",
    "SEV1, CRITICAL",
    "sev 2, HIGH",
    "Sev3, MEDIUM",
    "sev-4, LOW",
    "Blocker, CRITICAL",
    "MAJOR, HIGH",
    "minor, MEDIUM",
    "Trivial, LOW"
  })
  void namesAndPrioritiesGiveTheSameLevel(String written, Level expected) {
    RunbookSeverity severity = RunbookSeverity.parse(written).orElseThrow();

    assertThat(severity.level()).contains(expected);
    assertThat(severity.isRecognized()).isTrue();
    assertThat(severity.text()).isEqualTo(written.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"SEV5", "P4", "soon", "Criticality", "Crit ical!"})
  void unknownTextIsKeptAndFlagged(String written) {
    RunbookSeverity severity = RunbookSeverity.parse(written).orElseThrow();

    assertThat(severity.isRecognized()).isFalse();
    assertThat(severity.level()).isEmpty();
    assertThat(severity.text()).isEqualTo(written);
  }

  @Test
  void blankIsNoSeverity() {
    assertThat(RunbookSeverity.parse("  ")).isEmpty();
    assertThat(RunbookSeverity.parse(null)).isEmpty();
  }

  @Test
  void levelsMapToPriorities() {
    assertThat(Level.CRITICAL.priority()).isEqualTo("P0");
    assertThat(Level.LOW.priority()).isEqualTo("P3");
    assertThat(RunbookSeverity.of(Level.HIGH).text()).isEqualTo("High");
  }
}
