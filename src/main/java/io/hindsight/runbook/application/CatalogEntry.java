package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.LintStatus;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookSummary;
import java.util.Optional;

/**
 * One row of the catalog page: the runbook as the index holds it, and how it fared in lint.
 *
 * @param lint empty until a snapshot of its repository has been read
 */
public record CatalogEntry(RunbookSummary runbook, Optional<LintStatus> lint, int findings) {

  static CatalogEntry of(RepositoryKey repository, IndexedRunbook indexed) {
    return new CatalogEntry(
        RunbookSummary.of(repository, indexed),
        indexed.lintStatus(),
        indexed.lintFindings().orElse(0));
  }
}
