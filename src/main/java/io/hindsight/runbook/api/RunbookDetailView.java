package io.hindsight.runbook.api;

import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.git.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One runbook: metadata, rendered HTML, raw Markdown, lint findings and its newest commits ({@code
 * history}, at most 80, newest first) of {@code historyTotal}; {@code
 * /runbooks/{repo}/{path}/history} pages through them all.
 */
public record RunbookDetailView(
    RunbookView metadata,
    String html,
    String markdown,
    List<Finding> lint,
    List<Commit> history,
    long historyTotal) {

  /**
   * A lint finding; {@code line}, {@code target} and {@code fix} are null when the finding has
   * none. {@code fix} is the text to write instead of {@code target}, or the index row to add.
   */
  public record Finding(
      String path,
      String rule,
      String severity,
      String message,
      Integer line,
      String target,
      String fix) {
    static Finding of(LintFinding finding) {
      return new Finding(
          finding.path().value(),
          finding.ruleId(),
          finding.severity().name().toLowerCase(Locale.ROOT),
          finding.message(),
          finding.line().orElse(null),
          finding.target().orElse(null),
          finding.fix().orElse(null));
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
