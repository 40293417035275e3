package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintReportAddressTest {

  @Test
  void readsFolderRuleOrderAndPage() {
    LintReportAddress address =
        LintReportAddress.parse("content/runbooks/etcd", "broken-link", "severity", "2");
    assertThat(address.folder()).isEqualTo(RunbookFolder.of("content/runbooks/etcd"));
    assertThat(address.rule()).contains(LintRule.BROKEN_LINK);
    assertThat(address.sort()).isEqualTo(LintReportAddress.Order.SEVERITY);
    assertThat(address.page()).isEqualTo(2);
    assertThat(address.query("prom"))
        .isEqualTo(
            "repo=prom&folder=content%2Frunbooks%2Fetcd&rule=broken-link&sort=severity&page=2");
    assertThat(LintReportAddress.parse(null, "", null, null)).isEqualTo(LintReportAddress.ALL);
  }

  @Test
  void refusesEachMalformedParameterByName() {
    assertThatThrownBy(() -> LintReportAddress.parse("../x", "no-such-rule", "bogus", "-1"))
        .isInstanceOfSatisfying(
            FieldRefused.class,
            refused ->
                assertThat(refused.messages()).containsOnlyKeys("folder", "rule", "sort", "page"));
  }

  @Test
  void ordersFindingsByFileAndLineByRuleOrErrorsFirst() {
    LintFinding owner = finding(LintRule.MISSING_OWNER, "b.md", 1);
    LintFinding link = finding(LintRule.BROKEN_LINK, "b.md", 9);
    LintFinding section = finding(LintRule.MISSING_SECTION, "a.md", 3);
    List<LintFinding> findings = new ArrayList<>(List.of(owner, link, section));
    findings.sort(LintReportAddress.Order.PATH.comparator());
    assertThat(findings).containsExactly(section, owner, link);
    findings.sort(LintReportAddress.Order.RULE.comparator());
    assertThat(findings).containsExactly(link, owner, section);
    findings.sort(LintReportAddress.Order.SEVERITY.comparator());
    assertThat(findings).containsExactly(link, section, owner);
  }

  private static LintFinding finding(LintRule rule, String path, int line) {
    return new LintFinding(
        rule,
        rule.severity(),
        RunbookPath.of(path),
        "found",
        Optional.of(line),
        Optional.empty(),
        Optional.empty());
  }
}
