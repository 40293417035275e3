package io.hindsight.runbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.application.CatalogEntry;
import io.hindsight.runbook.domain.LintStatus;
import io.hindsight.runbook.domain.MetadataSources;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookSummary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogCellsTest {

  private final CatalogCells cells = new CatalogCells();

  @Test
  void lintReadsCleanOrItsFindingsOrADashBeforeLintHasRun() {
    assertThat(cells.lintLabel(entry("Node Recovery", List.of(), Optional.of(LintStatus.CLEAN), 0)))
        .isEqualTo("clean");
    assertThat(cells.lintLabel(entry("x", List.of(), Optional.of(LintStatus.WARNING), 1)))
        .isEqualTo("1 finding");
    assertThat(cells.lintLabel(entry("x", List.of(), Optional.of(LintStatus.ERROR), 3)))
        .isEqualTo("3 findings");
    assertThat(cells.lintLabel(entry("x", List.of(), Optional.empty(), 0))).isEqualTo("—");
    assertThat(cells.lintClass(entry("x", List.of(), Optional.empty(), 0))).isEmpty();
  }

  @Test
  void longTitlesAndManyServicesAreCutShort() {
    CatalogEntry entry =
        entry(
            "Restore ".repeat(100),
            List.of("api", "db", "queue", "cache", "search", "billing", "auth"),
            Optional.empty(),
            0);
    assertThat(cells.titleOf(entry)).hasSize(CatalogCells.MAX_CELL).endsWith("…");
    assertThat(cells.servicesOf(entry)).isEqualTo("api, db, queue, cache, search and 2 more");
    assertThat(cells.titleOf(entry("Database Restore", List.of(), Optional.empty(), 0)))
        .isEqualTo("Database Restore");
  }

  private static CatalogEntry entry(
      String title, List<String> services, Optional<LintStatus> lint, int findings) {
    return new CatalogEntry(
        new RunbookSummary(
            RepositoryKey.of("sample"),
            RunbookPath.of("database-restore.md"),
            title,
            Optional.of("platform-team"),
            Optional.of("P1"),
            services,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            MetadataSources.none()),
        lint,
        findings);
  }
}
