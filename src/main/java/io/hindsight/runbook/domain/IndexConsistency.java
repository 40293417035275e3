package io.hindsight.runbook.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a repository's index tables with its runbooks and their Git history; each finding says
 * what to write: the date for a stale row, the row for a runbook the table leaves out, the link for
 * a row whose file is elsewhere.
 */
final class IndexConsistency {

  private IndexConsistency() {}

  /**
   * @param grace how long after the day a row names a commit may come before the row is stale
   */
  static List<LintFinding> check(
      IndexTables tables,
      Collection<RunbookMetadata> runbooks,
      LinkTargets files,
      ZoneId zone,
      Duration grace) {
    Map<RunbookPath, RunbookMetadata> byPath =
        runbooks.stream()
            .collect(Collectors.toMap(RunbookMetadata::path, Function.identity(), (a, b) -> a));
    List<LintFinding> findings = new ArrayList<>();
    for (IndexTable table : tables.tables()) {
      for (IndexRow row : table.rows()) {
        rowFinding(table, row, byPath, files, zone, grace).ifPresent(findings::add);
      }
      runbooks.stream()
          .filter(runbook -> !runbook.isIndexPage())
          .filter(runbook -> tables.rowFor(runbook.path()).isEmpty())
          .filter(runbook -> tables.responsibleFor(runbook.path()).orElse(null) == table)
          .sorted((a, b) -> a.path().compareTo(b.path()))
          .map(runbook -> unlisted(table, runbook, zone))
          .forEach(findings::add);
    }
    return List.copyOf(findings);
  }

  private static Optional<LintFinding> rowFinding(
      IndexTable table,
      IndexRow row,
      Map<RunbookPath, RunbookMetadata> byPath,
      LinkTargets files,
      ZoneId zone,
      Duration grace) {
    RunbookPath index = table.indexPath();
    Optional<RunbookPath> target = row.target();
    if (target.isEmpty() || !files.containsFile(target.get().value())) {
      return Optional.of(missingFile(table, row, byPath));
    }
    Optional<Instant> committed =
        Optional.ofNullable(byPath.get(target.get()))
            .flatMap(RunbookMetadata::lastChange)
            .map(LastGitChange::time);
    if (committed.isEmpty() || row.lastUpdatedText().isEmpty()) {
      return Optional.empty();
    }
    String gitDate = LocalDate.ofInstant(committed.get(), zone).toString();
    String written = row.lastUpdatedText().get();
    if (row.lastUpdated().isEmpty()) {
      return Optional.of(
          LintFinding.of(
                  LintRule.INDEX_STALE_DATE,
                  index,
                  "The index gives \""
                      + row.title()
                      + "\" the last update \""
                      + written
                      + "\", which is not a date; Git last changed it on "
                      + gitDate
                      + ": write "
                      + gitDate
                      + ".")
              .at(row.line())
              .about(written)
              .fixedBy(gitDate));
    }
    Instant covered =
        row.lastUpdated().get().plusDays(1).atStartOfDay(zone).toInstant().plus(grace);
    if (!committed.get().isAfter(covered)) {
      return Optional.empty();
    }
    return Optional.of(
        LintFinding.of(
                LintRule.INDEX_STALE_DATE,
                index,
                "The index says \""
                    + row.title()
                    + "\" was last updated "
                    + written
                    + ", but Git last changed "
                    + target.get()
                    + " on "
                    + gitDate
                    + ": write "
                    + gitDate
                    + ".")
            .at(row.line())
            .about(written)
            .fixedBy(gitDate));
  }

  private static LintFinding missingFile(
      IndexTable table, IndexRow row, Map<RunbookPath, RunbookMetadata> byPath) {
    String written = row.link().orElse(row.title());
    String wanted = row.target().map(RunbookPath::fileName).orElse("");
    List<RunbookPath> sameName =
        byPath.keySet().stream()
            .filter(path -> !wanted.isEmpty() && path.fileName().equals(wanted))
            .filter(path -> path.value().startsWith(table.folder()))
            .toList();
    LintFinding finding =
        LintFinding.of(
                LintRule.INDEX_MISSING_FILE,
                table.indexPath(),
                row.link().isEmpty()
                    ? "The index lists \"" + row.title() + "\" without a link to its file."
                    : "The index lists \""
                        + row.title()
                        + "\" but there is no file "
                        + row.target().map(RunbookPath::value).orElse(written)
                        + (sameName.size() == 1
                            ? ": link ./"
                                + sameName.get(0).value().substring(table.folder().length())
                                + " instead."
                            : ": remove the row or add the file."))
            .at(row.line())
            .about(written);
    return sameName.size() == 1
        ? finding.fixedBy("./" + sameName.get(0).value().substring(table.folder().length()))
        : finding;
  }

  private static LintFinding unlisted(IndexTable table, RunbookMetadata runbook, ZoneId zone) {
    String row =
        table.rowToAdd(
            runbook.path(),
            runbook.title(),
            runbook.purpose(),
            runbook.severity().map(RunbookSeverity::text),
            runbook.lastChange().map(c -> LocalDate.ofInstant(c.time(), zone).toString()));
    return LintFinding.of(
            LintRule.INDEX_UNLISTED_RUNBOOK,
            table.indexPath(),
            "The index table does not list " + runbook.path() + ": add the row " + row)
        .about(runbook.path().value())
        .fixedBy(row);
  }
}
