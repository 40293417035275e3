package io.hindsight.runbook.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares a repository's index table with its runbooks and their Git history. */
final class IndexConsistency {

  private IndexConsistency() {}

  static List<LintFinding> check(
      IndexTable table, Collection<RunbookMetadata> runbooks, LinkTargets files, ZoneId zone) {
    RunbookPath index = table.indexPath();
    Map<RunbookPath, RunbookMetadata> byPath =
        runbooks.stream()
            .collect(Collectors.toMap(RunbookMetadata::path, Function.identity(), (a, b) -> a));
    List<LintFinding> findings = new ArrayList<>();
    for (IndexRow row : table.rows()) {
      Optional<RunbookPath> target = row.target();
      if (target.isEmpty() || !files.containsFile(target.get().value())) {
        findings.add(
            LintFinding.of(
                    LintRule.INDEX_MISSING_FILE,
                    index,
                    "The index lists \"" + row.title() + "\" but no runbook file is there.")
                .at(row.line())
                .about(row.link().orElse(row.title())));
        continue;
      }
      Optional<LocalDate> gitDate =
          Optional.ofNullable(byPath.get(target.get()))
              .flatMap(RunbookMetadata::lastChange)
              .map(change -> LocalDate.ofInstant(change.time(), zone));
      if (row.lastUpdated().isPresent()
          && gitDate.isPresent()
          && row.lastUpdated().get().isBefore(gitDate.get())) {
        findings.add(
            LintFinding.of(
                    LintRule.INDEX_STALE_DATE,
                    index,
                    "The index says \""
                        + row.title()
                        + "\" was last updated "
                        + row.lastUpdated().get()
                        + ", Git says "
                        + gitDate.get()
                        + ".")
                .at(row.line())
                .about(target.get().value()));
      }
    }
    String folder = index.directory().map(dir -> dir + "/").orElse("");
    runbooks.stream()
        .map(RunbookMetadata::path)
        .filter(path -> path.value().startsWith(folder) && !IndexPages.isIndexPage(path))
        .filter(path -> table.rowFor(path).isEmpty())
        .sorted()
        .map(
            path ->
                LintFinding.of(
                        LintRule.INDEX_UNLISTED_RUNBOOK,
                        index,
                        "The index table does not list " + path + ".")
                    .about(path.value()))
        .forEach(findings::add);
    return List.copyOf(findings);
  }
}
