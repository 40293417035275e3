package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.runbook.domain.RunbookSeverity.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The team's own index, {@code ../shared/seed/runbooks-README.md}, copied byte for byte. */
class SeedIndexTest {

  private static final RunbookPath README = RunbookPath.of("README.md");
  private static final List<String> FILES =
      List.of(
          "node-recovery.md",
          "database-restore.md",
          "incident-response.md",
          "rollback-procedure.md",
          "disaster-recovery.md");

  static byte[] seedBytes() {
    try (InputStream in = SeedIndexTest.class.getResourceAsStream("/seed/runbooks-README.md")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String seed() {
    return new String(seedBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void theCopyIsTheSeedWithItsDamagedArrow() {
    byte[] bytes = seedBytes();

    assertThat(bytes).hasSize(5792);
    assertThat(HexFormat.of().formatHex(bytes))
        .as("â†’ as UTF-8: c3a2 e280a0 e28099")
        .contains("41575320436f6e736f6c6520c3a2e280a0e2809920436c6f75645761746368");
  }

  @Test
  void theTableGivesTitlesPurposesSeveritiesAndDates() {
    IndexTable table = IndexTable.parse(README, seed()).orElseThrow();

    assertThat(table.rows())
        .extracting(
            IndexRow::title,
            row -> row.target().orElseThrow().value(),
            row -> row.purpose().orElseThrow(),
            row -> row.severity().flatMap(RunbookSeverity::level).orElseThrow(),
            row -> row.lastUpdated().orElseThrow(),
            IndexRow::line)
        .containsExactly(
            tuple(
                "Node Recovery",
                "node-recovery.md",
                "Recover failed EKS nodes",
                Level.HIGH,
                LocalDate.of(2025, 11, 16),
                17),
            tuple(
                "Database Restore",
                "database-restore.md",
                "Restore RDS from backup/snapshot",
                Level.CRITICAL,
                LocalDate.of(2025, 11, 16),
                18),
            tuple(
                "Incident Response",
                "incident-response.md",
                "Handle production incidents",
                Level.CRITICAL,
                LocalDate.of(2025, 11, 16),
                19),
            tuple(
                "Rollback Procedure",
                "rollback-procedure.md",
                "Rollback failed deployments",
                Level.HIGH,
                LocalDate.of(2025, 11, 16),
                20),
            tuple(
                "Disaster Recovery",
                "disaster-recovery.md",
                "Full system recovery",
                Level.CRITICAL,
                LocalDate.of(2025, 11, 16),
                21));
  }

  @Test
  void aRunbookWithoutFrontMatterTakesPurposeAndSeverityFromTheTableAndSaysSo() {
    IndexTables tables = IndexTables.of(List.of(IndexTable.parse(README, seed()).orElseThrow()));
    RunbookPath path = RunbookPath.of("database-restore.md");

    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            path,
            FrontMatter.empty(),
            "# Database Restore Runbook\n\n## Steps\n",
            tables.rowFor(path),
            Optional.of(new LastGitChange(Instant.parse("2026-12-01T10:00:00Z"), "Ada")));

    assertThat(metadata.title()).isEqualTo("Database Restore Runbook");
    assertThat(metadata.severity()).contains(RunbookSeverity.parse("Critical").orElseThrow());
    assertThat(metadata.purpose()).contains("Restore RDS from backup/snapshot");
    assertThat(metadata.problems()).isEmpty();
    assertThat(metadata.sources().ids())
        .containsEntry("title", "heading")
        .containsEntry("severity", "index")
        .containsEntry("purpose", "index")
        .containsEntry("lastUpdated", "git")
        .doesNotContainKey("owner");
  }

  @Test
  void lintFindsTheDamagedArrowAndOffersTheRepairedOne() {
    String seed = seed();
    Map<RunbookPath, String> bodies = new HashMap<>(Map.of(README, seed));
    FILES.forEach(file -> bodies.put(RunbookPath.of(file), "# " + file + "\n"));
    RunbookMetadata readme =
        RunbookMetadataReader.read(
            README, FrontMatter.empty(), seed, Optional.empty(), Optional.empty());

    List<LintFinding> findings =
        new RunbookLint(LintConfig.defaults())
            .lint(readme, seed, 1, LinkTargets.ofMarkdown(bodies, List.of()));

    assertThat(findings)
        .filteredOn(finding -> finding.rule() == LintRule.ENCODING_DAMAGE)
        .extracting(
            f -> f.line().orElseThrow(), f -> f.target().orElseThrow(), f -> f.fix().orElseThrow())
        .containsExactly(tuple(135, "â†’", "→"));
  }

  @Test
  void filesChangedAfterTheTableDateAreStaleWithTheDateToWrite() {
    String seed = seed();
    IndexTables tables = IndexTables.of(List.of(IndexTable.parse(README, seed).orElseThrow()));
    Map<RunbookPath, String> bodies = new HashMap<>(Map.of(README, seed));
    List<RunbookMetadata> runbooks = new ArrayList<>();
    for (String file : FILES) {
      RunbookPath path = RunbookPath.of(file);
      bodies.put(path, "# " + file + "\n");
      Instant committed =
          file.startsWith("node")
              ? Instant.parse("2025-11-17T18:00:00Z")
              : Instant.parse("2026-12-01T09:30:00Z");
      runbooks.add(
          RunbookMetadataReader.read(
              path,
              FrontMatter.empty(),
              "# " + file + "\n",
              tables.rowFor(path),
              Optional.of(new LastGitChange(committed, "Ada"))));
    }

    List<LintFinding> findings =
        new RunbookLint(LintConfig.defaults())
            .lintIndex(tables, runbooks, LinkTargets.ofMarkdown(bodies, List.of()), ZoneOffset.UTC);

    assertThat(findings)
        .as("node-recovery.md changed the day after the table's date: within the grace")
        .extracting(
            LintFinding::rule,
            f -> f.line().orElseThrow(),
            f -> f.target().orElseThrow(),
            f -> f.fix().orElseThrow())
        .containsExactly(
            tuple(LintRule.INDEX_STALE_DATE, 18, "2025-11-16", "2026-12-01"),
            tuple(LintRule.INDEX_STALE_DATE, 19, "2025-11-16", "2026-12-01"),
            tuple(LintRule.INDEX_STALE_DATE, 20, "2025-11-16", "2026-12-01"),
            tuple(LintRule.INDEX_STALE_DATE, 21, "2025-11-16", "2026-12-01"));
    assertThat(findings.get(0).message())
        .isEqualTo(
            "The index says \"Database Restore\" was last updated 2025-11-16, but Git last changed"
                + " database-restore.md on 2026-12-01: write 2026-12-01.");
  }
}
