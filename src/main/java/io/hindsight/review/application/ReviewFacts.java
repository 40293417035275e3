package io.hindsight.review.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.review.domain.RunbookFacts;
import io.hindsight.runbook.application.RunbookDocument;
import io.hindsight.runbook.application.RunbookIndexStore;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookLibrary;
import io.hindsight.runbook.domain.IndexRow;
import io.hindsight.runbook.domain.IndexTable;
import io.hindsight.runbook.domain.IndexTables;
import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.LenientDate;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintSeverity;
import io.hindsight.runbook.domain.ReviewInterval;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads what the runbook index says about each runbook of a repository (front matter, index table
 * row, last commit) and the lint errors of its latest snapshot.
 */
@ApplicationScoped
public class ReviewFacts {

  private static final Logger LOG = Logger.getLogger(ReviewFacts.class.getName());

  @Inject RunbookIndexStore index;
  @Inject RunbookLibrary library;
  @Inject RunbookInspection inspection;

  /** One runbook's facts, its services, and the lint errors of its file. */
  public record Indexed(
      RunbookFacts facts,
      List<String> services,
      Optional<java.time.Instant> lastUpdated,
      List<LintFinding> errors) {}

  /** Every runbook of the repository, index pages left out, in path order. */
  public Map<RunbookPath, Indexed> of(RunbookRepository repository) {
    List<IndexedRunbook> rows = index.of(repository.id());
    IndexTables tables = tables(repository, rows);
    Map<RunbookPath, List<LintFinding>> errors = errors(repository);
    Map<RunbookPath, Indexed> facts = new LinkedHashMap<>();
    for (IndexedRunbook row : rows) {
      if (!row.isIndex()) {
        facts.put(
            row.path(),
            new Indexed(
                facts(row, tables.rowFor(row.path())),
                row.services(),
                row.lastUpdated(),
                errors.getOrDefault(row.path(), List.of())));
      }
    }
    return facts;
  }

  static RunbookFacts facts(IndexedRunbook row, Optional<IndexRow> indexRow) {
    Optional<ReviewInterval> interval = row.reviewInterval().flatMap(ReviewInterval::parse);
    return new RunbookFacts(
        row.title(),
        row.owner(),
        row.severityLevel().map(Enum::ordinal).orElse(RunbookFacts.UNKNOWN_SEVERITY),
        interval,
        interval.isPresent() ? Optional.empty() : row.reviewInterval(),
        row.lastReviewed().flatMap(LenientDate::parse),
        indexRow.flatMap(IndexRow::lastUpdated),
        row.lastUpdated().map(at -> at.atZone(ZoneOffset.UTC).toLocalDate()),
        row.lastCommit());
  }

  private IndexTables tables(RunbookRepository repository, List<IndexedRunbook> rows) {
    List<IndexTable> tables = new ArrayList<>();
    for (IndexedRunbook row : rows) {
      if (row.isIndex()) {
        try {
          library
              .open(repository.key(), row.path())
              .map(RunbookDocument::markdown)
              .flatMap(text -> IndexTable.parse(row.path(), text))
              .ifPresent(tables::add);
        } catch (NotFound | UncheckedIOException unreadable) {
          LOG.log(
              Level.WARNING, "Index page " + row.path() + " unreadable for reviews", unreadable);
        }
      }
    }
    return IndexTables.of(tables);
  }

  private Map<RunbookPath, List<LintFinding>> errors(RunbookRepository repository) {
    Map<RunbookPath, List<LintFinding>> errors = new LinkedHashMap<>();
    try {
      for (LintFinding finding : inspection.snapshot(repository.key()).allFindings()) {
        if (finding.severity() == LintSeverity.ERROR) {
          errors.computeIfAbsent(finding.path(), path -> new ArrayList<>()).add(finding);
        }
      }
    } catch (NotFound | UncheckedIOException unreadable) {
      LOG.log(Level.WARNING, "No lint for reviews of " + repository.key(), unreadable);
    }
    return errors;
  }
}
