package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.FolderCount;
import io.hindsight.runbook.domain.LinkTargets;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.MetadataSources;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintFindingsViewTest {

  private static final RepositoryKey KEY = RepositoryKey.of("ops");

  /** 30 runbooks in runbooks/db, 12 in runbooks/db/replicas, 5 in runbooks/web, 1 clean. */
  private final RepositorySnapshot snapshot = snapshot();

  @Test
  void pagesTheFindingsOfAFolderAndBelowWithCountsByRule() {
    LintFindingsView view =
        LintFindingsView.of(
            KEY, snapshot, LintReportAddress.parse("runbooks/db", null, null, "2"), 20);
    assertThat(view.files()).isEqualTo(42);
    assertThat(view.byRule()).containsEntry("missing-owner", 42).containsEntry("broken-link", 12);
    assertThat(view.window().range()).isEqualTo("21–40 of 54");
    assertThat(view.findings()).hasSize(20);
    assertThat(view.folders())
        .containsExactly(new FolderCount(RunbookFolder.of("runbooks/db/replicas"), 24));
    assertThat(view.trail()).containsExactly(RunbookFolder.of("runbooks/db"));
  }

  @Test
  void filtersByRuleAndKeepsTheCountsOfEveryRule() {
    LintFindingsView view =
        LintFindingsView.of(
            KEY, snapshot, LintReportAddress.parse(null, "broken-link", "severity", null), 50);
    assertThat(view.window().total()).isEqualTo(12);
    assertThat(view.findings()).allMatch(f -> f.rule() == LintRule.BROKEN_LINK);
    assertThat(view.byRule()).containsEntry("missing-owner", 47);
    assertThat(view.clean()).isEqualTo(1);
    assertThat(view.atTop()).isTrue();
  }

  @Test
  void aFolderWithoutRunbooksOrAPagePastTheEndIsNotFound() {
    assertThatThrownBy(
            () ->
                LintFindingsView.of(
                    KEY, snapshot, LintReportAddress.parse("docs", null, null, null), 50))
        .isInstanceOf(NotFound.class)
        .hasMessageContaining("no runbook in the folder docs");
    assertThatThrownBy(
            () ->
                LintFindingsView.of(
                    KEY, snapshot, LintReportAddress.parse(null, null, null, "3"), 50))
        .isInstanceOf(NotFound.class)
        .hasMessage("There is no page 3: the report has 2 pages.");
  }

  private static RepositorySnapshot snapshot() {
    Map<RunbookPath, RunbookMetadata> metadata = new HashMap<>();
    Map<RunbookPath, List<LintFinding>> findings = new HashMap<>();
    add(metadata, findings, "runbooks/db", 30, false);
    add(metadata, findings, "runbooks/db/replicas", 12, true);
    add(metadata, findings, "runbooks/web", 5, false);
    RunbookPath clean = RunbookPath.of("runbooks/clean.md");
    metadata.put(clean, metadata(clean));
    findings.put(clean, List.of());
    return new RepositorySnapshot(
        "c0ffee0000c0ffee0000c0ffee0000c0ffee0000",
        RunbookFolder.of("runbooks"),
        metadata,
        findings,
        List.of(),
        List.of(),
        LinkTargets.of(List.of(), Map.of()),
        "fingerprint");
  }

  private static void add(
      Map<RunbookPath, RunbookMetadata> metadata,
      Map<RunbookPath, List<LintFinding>> findings,
      String folder,
      int count,
      boolean brokenLinks) {
    for (int i = 0; i < count; i++) {
      RunbookPath path = RunbookPath.of(folder + "/runbook-" + i + ".md");
      metadata.put(path, metadata(path));
      List<LintFinding> found = new ArrayList<>();
      found.add(finding(LintRule.MISSING_OWNER, path));
      if (brokenLinks) {
        found.add(finding(LintRule.BROKEN_LINK, path));
      }
      findings.put(path, found);
    }
  }

  private static LintFinding finding(LintRule rule, RunbookPath path) {
    return new LintFinding(
        rule, rule.severity(), path, "found", Optional.of(1), Optional.empty(), Optional.empty());
  }

  private static RunbookMetadata metadata(RunbookPath path) {
    return new RunbookMetadata(
        path,
        path.fileName(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        MetadataSources.none());
  }
}
