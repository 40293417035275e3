package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LintFilterTest {

  private static final RunbookPath PATH = RunbookPath.of("a.md");
  private static final LintFinding WARNING =
      LintFinding.of(LintRule.MISSING_OWNER, PATH, "No owner");
  private static final LintFinding ERROR = LintFinding.of(LintRule.BROKEN_LINK, PATH, "No file");

  @Test
  void statusIsTheWorstSeverity() {
    assertThat(LintStatus.of(List.of())).isEqualTo(LintStatus.CLEAN);
    assertThat(LintStatus.of(List.of(WARNING))).isEqualTo(LintStatus.WARNING);
    assertThat(LintStatus.of(List.of(WARNING, ERROR))).isEqualTo(LintStatus.ERROR);
  }

  @Test
  void filtersByStatusAnyFindingOrRule() {
    assertThat(filter("clean").test(List.of())).isTrue();
    assertThat(filter("clean").test(List.of(WARNING))).isFalse();
    assertThat(filter("warning").test(List.of(WARNING))).isTrue();
    assertThat(filter("warning").test(List.of(WARNING, ERROR))).isFalse();
    assertThat(filter("ERROR").test(List.of(WARNING, ERROR))).isTrue();
    assertThat(filter("findings").test(List.of(WARNING))).isTrue();
    assertThat(filter("findings").test(List.of())).isFalse();
    assertThat(filter("broken-link").test(List.of(ERROR))).isTrue();
    assertThat(filter("broken-link").test(List.of(WARNING))).isFalse();
    assertThat(filter(" missing-owner ").test(List.of(WARNING))).isTrue();
  }

  @Test
  void namesTheStatusOrRuleItKeepsForTheDatabase() {
    assertThat(filter("error").status()).contains(LintStatus.ERROR);
    assertThat(filter("error").rule()).isEmpty();
    assertThat(filter("broken-link").rule()).contains(LintRule.BROKEN_LINK);
    assertThat(filter("broken-link").status()).isEmpty();
    assertThat(filter("findings").anyFinding()).isTrue();
    assertThat(filter("findings").status()).isEmpty();
    assertThat(filter("findings").rule()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "dirty", "broken_link", "missing owner", "clean;drop"})
  void unknownValuesAreRefused(String raw) {
    assertThat(LintFilter.parse(raw)).isEmpty();
  }

  @Test
  void nothingToParseIsNoFilter() {
    assertThat(LintFilter.parse(null)).isEqualTo(Optional.empty());
    assertThat(LintFilter.accepted()).contains("clean", "findings", "missing-section");
  }

  private static LintFilter filter(String raw) {
    return LintFilter.parse(raw).orElseThrow();
  }
}
