package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.runbook.domain.RunbookSeverity.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed's table as other teams write it, and indexes in several folders. */
class IndexTableVariantsTest {

  private static final RunbookPath README = RunbookPath.of("README.md");

  @Test
  void columnsInAnotherOrderWithExtraColumns() {
    String markdown =
        """
        | Severity | Owner | Last updated | Runbook | On call | Purpose |
        |:--|--|--:|---|--|--|
        | P0 | dba | 2025-11-16 | [Database Restore](./database-restore.md) | yes | Restore RDS |
        """;

    IndexRow row = IndexTable.parse(README, markdown).orElseThrow().rows().get(0);

    assertThat(row.title()).isEqualTo("Database Restore");
    assertThat(row.target()).contains(RunbookPath.of("database-restore.md"));
    assertThat(row.purpose()).contains("Restore RDS");
    assertThat(row.severity().flatMap(RunbookSeverity::level)).contains(Level.CRITICAL);
    assertThat(row.severity().map(RunbookSeverity::text)).contains("P0");
    assertThat(row.lastUpdated()).contains(LocalDate.of(2025, 11, 16));
  }

  @Test
  void missingColumnsLeaveTheirFieldsEmpty() {
    String markdown =
        """
        | Runbook | Severity |
        |---|---|
        | [Node Recovery](node-recovery.md) | High |
        | [Short row](short.md) |
        """;

    List<IndexRow> rows = IndexTable.parse(README, markdown).orElseThrow().rows();

    assertThat(rows)
        .extracting(
            IndexRow::title,
            r -> r.severity().map(RunbookSeverity::text).orElse(""),
            r -> r.purpose().isPresent(),
            r -> r.lastUpdatedText().isPresent())
        .containsExactly(
            tuple("Node Recovery", "High", false, false), tuple("Short row", "", false, false));
  }

  @Test
  void aTableWithOnlyTheRunbookColumnIsNoIndex() {
    assertThat(IndexTable.parse(README, "| Runbook |\n|---|\n| [A](a.md) |\n")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "./node-recovery.md, ops/node-recovery.md",
    "node-recovery.md, ops/node-recovery.md",
    "./node-recovery.md#steps, ops/node-recovery.md",
    "node-recovery.md?plain=1#L10, ops/node-recovery.md",
    "./db/database%20restore.md, ops/db/database restore.md",
    "../shared/escalation.md, shared/escalation.md",
    ".//./node-recovery.md, ops/node-recovery.md"
  })
  void linksResolveAsTheRendererResolvesThem(String link, String expected) {
    String markdown = "| Runbook | Purpose |\n|---|---|\n| [Node](" + link + ") | Nodes |\n";

    IndexRow row =
        IndexTable.parse(RunbookPath.of("ops/README.md"), markdown).orElseThrow().rows().get(0);

    assertThat(row.target()).contains(RunbookPath.of(expected));
    assertThat(row.link()).contains(link);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://wiki.example.com/node.md", "/node-recovery.md", "../../outside.md"})
  void linksOutOfTheRepositoryNameNoRunbook(String link) {
    String markdown = "| Runbook | Purpose |\n|---|---|\n| [Node](" + link + ") | Nodes |\n";

    IndexRow row =
        IndexTable.parse(RunbookPath.of("ops/README.md"), markdown).orElseThrow().rows().get(0);

    assertThat(row.target()).isEmpty();
  }

  @Test
  void aSecondTableAddsItsRows() {
    String markdown =
        """
        ## Platform

        | Runbook | Purpose | Severity | Last Updated |
        |---|---|---|---|
        | [Node Recovery](./node-recovery.md) | Nodes | High | 2025-11-16 |

        ## Incident Severity Levels

        | Level | Response |
        |---|---|
        | Critical (P0) | 15 min |

        ## Data

        | Runbook | Severity | Purpose |
        |---|---|---|
        | [Database Restore](./database-restore.md) | Critical | Restore RDS |
        """;

    IndexTable table = IndexTable.parse(README, markdown).orElseThrow();

    assertThat(table.rows())
        .extracting(IndexRow::title, r -> r.purpose().orElseThrow(), IndexRow::line)
        .containsExactly(
            tuple("Node Recovery", "Nodes", 5), tuple("Database Restore", "Restore RDS", 17));
    assertThat(table.rowFor(RunbookPath.of("database-restore.md"))).isPresent();
  }

  @Test
  void theRowToAddFollowsTheTablesColumns() {
    IndexTable table =
        IndexTable.parse(
                RunbookPath.of("ops/README.md"),
                "| Severity | Runbook | Owner | Last Updated | Purpose |\n|-|-|-|-|-|\n")
            .orElseThrow();

    assertThat(
            table.rowToAdd(
                RunbookPath.of("ops/cache/redis flush.md"),
                "Redis [flush]",
                Optional.of("Empty a | cache"),
                Optional.empty(),
                Optional.of("2026-11-30")))
        .isEqualTo(
            "|  | [Redis \\[flush\\]](./cache/redis%20flush.md) |  | 2026-11-30 | Empty a \\| cache |");
  }

  @Test
  void anIndexInASubFolderDescribesTheFilesOfThatFolder() {
    IndexTable root =
        IndexTable.parse(
                README,
                """
                | Runbook | Purpose | Severity | Last Updated |
                |---|---|---|---|
                | [Node Recovery](./node-recovery.md) | Nodes | High | 2025-11-16 |
                | [Restore](db/restore.md) | Restore, as the root says | Low | 2025-11-16 |
                """)
            .orElseThrow();
    IndexTable db =
        IndexTable.parse(
                RunbookPath.of("db/README.md"),
                """
                | Runbook | Purpose | Severity | Last Updated |
                |---|---|---|---|
                | [Restore](restore.md) | Restore RDS | Critical | 2025-11-16 |
                """)
            .orElseThrow();
    IndexTables tables = IndexTables.of(List.of(root, db));

    assertThat(tables.rowFor(RunbookPath.of("db/restore.md")).flatMap(IndexRow::purpose))
        .contains("Restore RDS");
    assertThat(tables.rowFor(RunbookPath.of("node-recovery.md")).flatMap(IndexRow::purpose))
        .contains("Nodes");
    assertThat(tables.rowFor(RunbookPath.of("db/failover.md"))).isEmpty();
    assertThat(tables.responsibleFor(RunbookPath.of("db/failover.md"))).containsSame(db);
    assertThat(tables.responsibleFor(RunbookPath.of("net/dns.md"))).containsSame(root);
  }

  @Test
  void eachIndexReportsTheRunbooksOfItsOwnFolderItLeavesOut() {
    String rootText =
        "| Runbook | Purpose | Last Updated |\n|-|-|-|\n| [Node](./node-recovery.md) | Nodes | 2026-11-30 |\n";
    String dbText =
        "| Runbook | Purpose |\n|-|-|\n| [Restore](restore.md) | Restore RDS |\n| [Gone](restor.md) | typo |\n";
    RunbookPath dbIndex = RunbookPath.of("db/README.md");
    IndexTables tables =
        IndexTables.of(
            List.of(
                IndexTable.parse(README, rootText).orElseThrow(),
                IndexTable.parse(dbIndex, dbText).orElseThrow()));
    Map<RunbookPath, String> bodies = new HashMap<>();
    List<RunbookMetadata> runbooks =
        List.of(
                "node-recovery.md",
                "net/dns.md",
                "db/restore.md",
                "db/failover.md",
                "README.md",
                "db/README.md")
            .stream()
            .map(RunbookPath::of)
            .peek(path -> bodies.put(path, ""))
            .map(
                path ->
                    RunbookMetadataReader.read(
                        path,
                        FrontMatter.of(Map.of("severity", "Sev2")),
                        "# " + path.fileName() + "\n",
                        tables.rowFor(path),
                        Optional.of(
                            new LastGitChange(Instant.parse("2026-11-30T10:00:00Z"), "Ada"))))
            .toList();

    List<LintFinding> findings =
        new RunbookLint(LintConfig.defaults())
            .lintIndex(tables, runbooks, LinkTargets.ofMarkdown(bodies, List.of()), ZoneOffset.UTC);

    assertThat(findings)
        .extracting(
            f -> f.path().value(),
            LintFinding::rule,
            f -> f.target().orElseThrow(),
            f -> f.fix().orElse(null))
        .containsExactly(
            tuple("db/README.md", LintRule.INDEX_MISSING_FILE, "restor.md", null),
            tuple(
                "db/README.md",
                LintRule.INDEX_UNLISTED_RUNBOOK,
                "db/failover.md",
                "| [failover.md](./failover.md) |  |"),
            tuple(
                "README.md",
                LintRule.INDEX_UNLISTED_RUNBOOK,
                "net/dns.md",
                "| [dns.md](./net/dns.md) |  | 2026-11-30 |"));
  }

  @Test
  void aRowLinkingAFileThatIsElsewhereGetsTheLinkToWrite() {
    RunbookPath readme = RunbookPath.of("ops/README.md");
    IndexTable table =
        IndexTable.parse(readme, "| Runbook | Purpose |\n|-|-|\n| [Restore](./restore.md) | x |\n")
            .orElseThrow();
    RunbookPath actual = RunbookPath.of("ops/db/restore.md");
    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            actual, FrontMatter.empty(), "# Restore\n", Optional.empty(), Optional.empty());

    List<LintFinding> findings =
        new RunbookLint(LintConfig.defaults())
            .lintIndex(
                table,
                List.of(metadata),
                LinkTargets.ofMarkdown(Map.of(readme, "", actual, ""), List.of()),
                ZoneOffset.UTC);

    assertThat(findings.get(0).rule()).isEqualTo(LintRule.INDEX_MISSING_FILE);
    assertThat(findings.get(0).fix()).contains("./db/restore.md");
    assertThat(findings.get(0).message()).endsWith(": link ./db/restore.md instead.");
  }

  @Test
  void aStaleDateWaitsForTheGraceAndAnUnreadableDateGetsTheGitDate() {
    IndexTable table =
        IndexTable.parse(
                README,
                "| Runbook | Last Updated |\n|-|-|\n"
                    + "| [A](a.md) | 2025-11-16 |\n| [B](b.md) | last spring |\n")
            .orElseThrow();
    Instant committed = Instant.parse("2025-11-18T12:00:00Z");
    List<RunbookMetadata> runbooks =
        List.of("a.md", "b.md").stream()
            .map(RunbookPath::of)
            .map(
                path ->
                    RunbookMetadataReader.read(
                        path,
                        FrontMatter.empty(),
                        "",
                        table.rowFor(path),
                        Optional.of(new LastGitChange(committed, "Ada"))))
            .toList();
    LinkTargets files =
        LinkTargets.ofMarkdown(
            Map.of(RunbookPath.of("a.md"), "", RunbookPath.of("b.md"), "", README, ""), List.of());

    List<LintFinding> defaultGrace =
        new RunbookLint(LintConfig.defaults()).lintIndex(table, runbooks, files, ZoneOffset.UTC);
    List<LintFinding> threeDays =
        new RunbookLint(LintConfig.defaults().withIndexStaleGrace(Duration.ofDays(3)))
            .lintIndex(table, runbooks, files, ZoneOffset.UTC);

    assertThat(defaultGrace)
        .extracting(f -> f.target().orElseThrow(), f -> f.fix().orElseThrow())
        .containsExactly(tuple("2025-11-16", "2025-11-18"), tuple("last spring", "2025-11-18"));
    assertThat(threeDays).extracting(f -> f.target().orElseThrow()).containsExactly("last spring");
  }

  @Test
  void anUnknownIndexSeverityIsKeptAndReportedWithItsRow() {
    IndexTable table =
        IndexTable.parse(README, "| Runbook | Severity |\n|-|-|\n| [A](a.md) | Spicy |\n")
            .orElseThrow();
    RunbookPath a = RunbookPath.of("a.md");

    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            a, FrontMatter.empty(), "# A\n", table.rowFor(a), Optional.empty());
    List<LintFinding> findings =
        new RunbookLint(LintConfig.defaults())
            .lint(metadata, "# A\n", 1, LinkTargets.ofMarkdown(Map.of(a, "# A\n"), List.of()));

    assertThat(metadata.severity().map(RunbookSeverity::text)).contains("Spicy");
    assertThat(metadata.sources().of("severity")).contains(MetadataSource.INDEX);
    assertThat(findings)
        .filteredOn(f -> f.rule() == LintRule.INVALID_METADATA)
        .extracting(LintFinding::message)
        .singleElement()
        .asString()
        .startsWith("Severity \"Spicy\" in the index row on line 3 is none of Critical, High");
  }
}
