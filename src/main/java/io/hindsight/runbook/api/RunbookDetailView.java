package io.hindsight.runbook.api;

import io.hindsight.runbook.application.HistoryEntry;
import io.hindsight.runbook.application.RunbookFindings;
import java.time.Instant;
import java.util.List;

/** One runbook: metadata, rendered HTML, raw Markdown, lint findings and history. */
public record RunbookDetailView(
    RunbookView metadata, String html, String markdown, List<Finding> lint, List<Commit> history) {

  /** A lint finding. */
  public record Finding(String rule, String message) {
    static Finding of(RunbookFindings.Finding finding) {
      return new Finding(finding.rule(), finding.message());
    }
  }

  /** A commit that touched the runbook. */
  public record Commit(
      String commit, String author, Instant date, String message, String path, String renamedFrom) {
    static Commit of(HistoryEntry entry) {
      return new Commit(
          entry.commitId(),
          entry.authorName(),
          entry.authorTime(),
          entry.message(),
          entry.path(),
          entry.renamedFrom().orElse(null));
    }
  }
}
