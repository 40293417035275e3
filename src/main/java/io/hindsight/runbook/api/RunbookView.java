package io.hindsight.runbook.api;

import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintStatus;
import io.hindsight.runbook.domain.RepositoryKey;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A runbook as the catalog lists it.
 *
 * @param severity the severity as written, in front matter or the index table
 * @param severityLevel the level it names ({@code critical}, {@code high}, {@code medium}, {@code
 *     low}); null when it names none
 * @param sources where each field with a value came from: {@code front-matter}, {@code index},
 *     {@code heading}, {@code git} or {@code file-name}
 */
public record RunbookView(
    String repository,
    String path,
    String title,
    String owner,
    String severity,
    String severityLevel,
    String purpose,
    List<String> services,
    List<String> triggers,
    String reviewInterval,
    String lastReviewed,
    Instant lastUpdated,
    String lastAuthor,
    String lastCommit,
    boolean index,
    String blobId,
    long size,
    String problem,
    String lint,
    Integer findings,
    Map<String, String> sources) {

  /**
   * @param findings the runbook's lint findings, or empty when its repository cannot be read yet
   */
  static RunbookView of(
      RepositoryKey repository, IndexedRunbook runbook, Optional<List<LintFinding>> findings) {
    return new RunbookView(
        repository.value(),
        runbook.path().value(),
        runbook.title(),
        runbook.owner().orElse(null),
        runbook.severity().orElse(null),
        runbook.severityLevel().map(level -> level.name().toLowerCase(Locale.ROOT)).orElse(null),
        runbook.purpose().orElse(null),
        runbook.services(),
        runbook.triggers(),
        runbook.reviewInterval().orElse(null),
        runbook.lastReviewed().orElse(null),
        runbook.lastUpdated().orElse(null),
        runbook.lastAuthor().orElse(null),
        runbook.lastCommit().orElse(null),
        runbook.isIndex(),
        runbook.blobId(),
        runbook.size(),
        runbook.problem().orElse(null),
        findings.map(LintStatus::of).map(LintStatus::id).orElse(null),
        findings.map(List::size).orElse(null),
        runbook.sources().ids());
  }
}
