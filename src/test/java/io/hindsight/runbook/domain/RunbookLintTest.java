package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.platform.markdown.MarkdownDocument;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunbookLintTest {

  private static final RunbookLint LINT = new RunbookLint(LintConfig.defaults());
  private static final RunbookPath NODE = RunbookPath.of("ops/node-recovery.md");
  private static final RunbookPath DB = RunbookPath.of("db/restore.md");

  private static final String COMPLETE =
      """
      # Node recovery
      ## When to Use
      ## Impact
      ## Procedure
      ## Verify the node
      ## Roll back
      ## Escalation contacts
      """;

  private static final LinkTargets FILES =
      LinkTargets.ofMarkdown(
          Map.of(NODE, COMPLETE, DB, "# Restore\n## Before you start\n"),
          List.of("ops/img/flow.png"));

  @Test
  void aCompleteRunbookWithAnOwnerHasNoFindings() {
    assertThat(LINT.lint(metadata(NODE, "sre"), COMPLETE, 1, FILES)).isEmpty();
  }

  @Test
  void sectionsMatchSynonymsWhateverTheCase() {
    String body = "## SYMPTOMS\n## impact\n## Resolution\n## Validation\n## Undo\n## Escalate\n";

    assertThat(LINT.lint(metadata(NODE, "sre"), body, 1, FILES)).isEmpty();
  }

  @Test
  void reportsEachMissingSectionAndTheMissingOwner() {
    String body = "# Node recovery\n## Steps\nDo it.\n";

    List<LintFinding> findings = LINT.lint(metadata(NODE, null), body, 1, FILES);

    assertThat(findings)
        .extracting(LintFinding::rule)
        .containsOnly(LintRule.MISSING_OWNER, LintRule.MISSING_SECTION);
    assertThat(findings)
        .filteredOn(finding -> finding.rule() == LintRule.MISSING_SECTION)
        .flatExtracting(finding -> finding.target().stream().toList())
        .containsExactly("Trigger", "Impact", "Verification", "Rollback", "Escalation");
    assertThat(findings).allMatch(finding -> finding.severity() == LintSeverity.WARNING);
  }

  @Test
  void aConfiguredSectionListReplacesTheDefault() {
    RunbookLint lint =
        new RunbookLint(
            LintConfig.defaults().withRequiredSections(List.of(RequiredSection.of("Owner notes"))));

    assertThat(lint.lint(metadata(NODE, "sre"), "## Steps\n", 1, FILES))
        .extracting(LintFinding::ruleId)
        .containsExactly("missing-section");
  }

  @Test
  void reportsBrokenLinksAndAnchorsWithTheirFileLines() {
    String body =
        COMPLETE
            + """
            [ok](../db/restore.md#before-you-start) [ok too](#impact) ![img](img/flow.png)
            [gone](../db/missing.md)
            [bad anchor](../db/restore.md#after-you-finish)
            [bad own anchor](#nowhere)
            [escape](../../../etc/passwd)
            [web](https://example.com/x.md) [mail](mailto:a@b.c) [folder](../db/)
            """;

    List<LintFinding> findings = LINT.lint(metadata(NODE, "sre"), body, 4, FILES);

    assertThat(findings)
        .extracting(LintFinding::rule, f -> f.line().orElseThrow(), f -> f.target().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LintRule.BROKEN_LINK, 12, "../db/missing.md"),
            org.assertj.core.groups.Tuple.tuple(
                LintRule.BROKEN_ANCHOR, 13, "../db/restore.md#after-you-finish"),
            org.assertj.core.groups.Tuple.tuple(LintRule.BROKEN_ANCHOR, 14, "#nowhere"),
            org.assertj.core.groups.Tuple.tuple(LintRule.BROKEN_LINK, 15, "../../../etc/passwd"));
    assertThat(findings).allMatch(finding -> finding.severity() == LintSeverity.ERROR);
  }

  @Test
  void decodesLinksAndIgnoresTheirQuery() {
    LinkTargets files =
        LinkTargets.ofMarkdown(
            Map.of(NODE, COMPLETE, RunbookPath.of("ops/disk full.md"), "# Free space\n"),
            List.of("ops/img/flow.png"));
    String body =
        COMPLETE
            + "[a](disk%20full.md#free-space) [b](<disk full.md>) ![c](img/flow.png?raw=true)\n"
            + "[d](disk%20full.md#Free-Space) [e](disk%2520full.md)\n";

    assertThat(LINT.lint(metadata(NODE, "sre"), body, 1, files))
        .extracting(LintFinding::rule, LintFinding::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LintRule.BROKEN_LINK, Optional.of("disk%2520full.md")));
  }

  @Test
  void indexPagesNeedNoSectionsOrOwnerButTheirLinksAreChecked() {
    RunbookPath readme = RunbookPath.of("README.md");

    List<LintFinding> findings =
        LINT.lint(metadata(readme, null), "# Runbooks\n[x](./nope.md)\n", 1, FILES);

    assertThat(findings).extracting(LintFinding::rule).containsExactly(LintRule.BROKEN_LINK);
  }

  @Test
  void unreadableMetadataIsAFinding() {
    MarkdownDocument document = MarkdownDocument.parse("---\nowner: sre\nseverity: SEV9\n---\n");
    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            NODE, document.frontMatter(), COMPLETE, Optional.empty(), Optional.empty());

    assertThat(LINT.lint(metadata, COMPLETE, 5, FILES))
        .extracting(LintFinding::rule)
        .containsExactly(LintRule.INVALID_METADATA);
  }

  @Test
  void theIndexTableIsComparedWithFilesAndGit() {
    RunbookPath readme = RunbookPath.of("ops/README.md");
    RunbookPath disk = RunbookPath.of("ops/disk.md");
    String index =
        """
        | Runbook | Purpose | Severity | Last Updated |
        |---|---|---|---|
        | [Node](./node-recovery.md) | Nodes | High | 2025-11-16 |
        | [Gone](./gone.md) | Gone | Low | 2025-11-16 |
        | [Disk](disk.md) | Disk | Low | 2025-11-16 |
        """;
    IndexTable table = IndexTable.parse(readme, index).orElseThrow();
    LinkTargets files =
        LinkTargets.ofMarkdown(
            Map.of(
                NODE, COMPLETE, disk, "", readme, index, DB, "", RunbookPath.of("ops/cpu.md"), ""),
            List.of());
    List<RunbookMetadata> runbooks =
        List.of(
            metadata(NODE, "sre", Instant.parse("2025-11-17T00:30:00Z")),
            metadata(disk, "sre", Instant.parse("2025-11-16T23:30:00Z")),
            metadata(readme, null, Instant.parse("2025-12-01T00:00:00Z")),
            metadata(DB, "sre", Instant.parse("2025-12-01T00:00:00Z")),
            metadata(RunbookPath.of("ops/cpu.md"), "sre", Instant.parse("2025-01-01T00:00:00Z")));

    List<LintFinding> findings =
        new RunbookLint(LintConfig.defaults().withIndexStaleGrace(Duration.ZERO))
            .lintIndex(table, runbooks, files, ZoneOffset.UTC);

    assertThat(findings)
        .extracting(LintFinding::rule, f -> f.target().orElseThrow(), f -> f.line().orElse(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LintRule.INDEX_STALE_DATE, "2025-11-16", 3),
            org.assertj.core.groups.Tuple.tuple(LintRule.INDEX_MISSING_FILE, "./gone.md", 4),
            org.assertj.core.groups.Tuple.tuple(LintRule.INDEX_UNLISTED_RUNBOOK, "ops/cpu.md", 0));
    assertThat(findings).allMatch(finding -> finding.path().equals(readme));
  }

  @Test
  void theGitDateIsComparedInTheGivenZone() {
    RunbookPath readme = RunbookPath.of("ops/README.md");
    IndexTable table =
        IndexTable.parse(
                readme,
                "| Runbook | Purpose | Severity | Last Updated |\n|-|-|-|-|\n"
                    + "| [Node](./node-recovery.md) | x | High | 2025-11-16 |\n")
            .orElseThrow();
    List<RunbookMetadata> runbooks =
        List.of(metadata(NODE, "sre", Instant.parse("2025-11-17T00:30:00Z")));

    assertThat(LINT.lintIndex(table, runbooks, FILES, ZoneOffset.ofHours(-5))).isEmpty();
  }

  private static RunbookMetadata metadata(RunbookPath path, String owner) {
    return metadata(path, owner, null);
  }

  private static RunbookMetadata metadata(RunbookPath path, String owner, Instant changed) {
    FrontMatter front =
        owner == null ? FrontMatter.empty() : FrontMatter.of(Map.of("owner", owner));
    return RunbookMetadataReader.read(
        path,
        front,
        "",
        Optional.empty(),
        Optional.ofNullable(changed).map(time -> new LastGitChange(time, "Ada")));
  }
}
