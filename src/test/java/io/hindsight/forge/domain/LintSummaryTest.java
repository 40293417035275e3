package io.hindsight.forge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.RunbookPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintSummaryTest {

  private static final RunbookPath PATH = RunbookPath.of("runbooks/cache-flush.md");

  private static LintFinding finding(LintRule rule, String message, Integer line) {
    return new LintFinding(
        rule,
        rule.severity(),
        PATH,
        message,
        Optional.ofNullable(line),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aCleanRunbookSaysSoAndWhatTheChangeFixed() {
    assertThat(LintSummary.of(List.of(), List.of())).isEqualTo("**Lint:** no findings.\n");
    assertThat(
            LintSummary.of(
                List.of(
                    finding(LintRule.BROKEN_LINK, "Link target ../db/failover.md not found", 9)),
                List.of()))
        .isEqualTo("**Lint:** no findings (before this change: 1 error, 0 warnings).\n");
  }

  @Test
  void countsAndListsTheFindingsWithTheChange() {
    LintFinding link = finding(LintRule.BROKEN_LINK, "Link target ../db/failover.md not found", 9);
    LintFinding owner = finding(LintRule.MISSING_OWNER, "No owner in the front matter", null);
    String summary = LintSummary.of(List.of(owner), List.of(link, owner));
    assertThat(summary)
        .isEqualTo(
            "**Lint:** 1 error, 1 warning (before this change: 0 errors, 1 warning).\n\n"
                + "- error `broken-link` line 9: Link target ../db/failover.md not found\n"
                + "- warning `missing-owner`: No owner in the front matter\n");
    assertThat(LintSummary.of(List.of(), List.of(owner)))
        .startsWith("**Lint:** 0 errors, 1 warning (none before this change).");
  }

  @Test
  void aFindingsTextNeverBecomesMarkupOnTheForge() {
    String message =
        "Link [click](javascript:alert(1)) <img src=x onerror=alert(1)> is *broken*\nsecond line";
    String summary = LintSummary.of(List.of(), List.of(finding(LintRule.BROKEN_LINK, message, 3)));
    assertThat(summary)
        .contains(
            "Link \\[click\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x onerror=alert\\(1\\)&gt;"
                + " is \\*broken\\* second line")
        .doesNotContain("<img")
        .doesNotContain("[click]");
  }

  @Test
  void listsTheFirstTenAndCountsTheRest() {
    List<LintFinding> many = new ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      many.add(finding(LintRule.MISSING_SECTION, "Section " + i + " is missing", i));
    }
    String summary = LintSummary.of(List.of(), many);
    assertThat(summary.lines().filter(l -> l.startsWith("- warning"))).hasSize(10);
    assertThat(summary).endsWith("- and 3 more: see the change request in Hindsight.\n");
    assertThat(LintSummary.escaped("x".repeat(300))).hasSize(201).endsWith("…");
  }
}
