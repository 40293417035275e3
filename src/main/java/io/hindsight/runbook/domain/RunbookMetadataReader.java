package io.hindsight.runbook.domain;

import io.hindsight.platform.markdown.FrontMatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gathers a runbook's metadata: front matter first, then the first heading for the title, the
 * repository's index table row for purpose and severity, and Git for the last change.
 */
public final class RunbookMetadataReader {

  private RunbookMetadataReader() {}

  public static RunbookMetadata read(
      RunbookPath path,
      FrontMatter frontMatter,
      String body,
      Optional<IndexRow> indexRow,
      Optional<LastGitChange> lastChange) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(indexRow, "indexRow");
    Objects.requireNonNull(lastChange, "lastChange");
    FrontMatterValues values = new FrontMatterValues(frontMatter);
    List<String> problems = new ArrayList<>();
    return new RunbookMetadata(
        path,
        RunbookTitle.of(values.text("title"), body, path),
        values.text("owner", "owners"),
        severity(values, indexRow, problems),
        values.texts("services", "service"),
        values.texts("triggers", "trigger", "alerts"),
        reviewInterval(values, problems),
        lastReviewed(values, problems),
        values.text("purpose", "description").or(() -> indexRow.flatMap(IndexRow::purpose)),
        lastChange,
        problems);
  }

  private static Optional<RunbookSeverity> severity(
      FrontMatterValues values, Optional<IndexRow> indexRow, List<String> problems) {
    Optional<RunbookSeverity> severity =
        values
            .text("severity")
            .flatMap(RunbookSeverity::parse)
            .or(() -> indexRow.flatMap(IndexRow::severity));
    severity
        .filter(written -> !written.isRecognized())
        .ifPresent(
            unknown ->
                problems.add(
                    "Severity \""
                        + unknown.text()
                        + "\" is none of Critical, High, Medium, Low or P0 to P3."));
    return severity;
  }

  private static Optional<ReviewInterval> reviewInterval(
      FrontMatterValues values, List<String> problems) {
    Optional<String> written = values.text("review interval", "review", "review every");
    Optional<ReviewInterval> interval = written.flatMap(ReviewInterval::parse);
    if (written.isPresent() && interval.isEmpty()) {
      problems.add(
          "Review interval \""
              + written.get()
              + "\" is not understood; write quarterly, monthly, 90d or 6m.");
    }
    return interval;
  }

  private static Optional<LocalDate> lastReviewed(FrontMatterValues values, List<String> problems) {
    Optional<String> written = values.text("last reviewed", "reviewed");
    Optional<LocalDate> date = written.flatMap(LenientDate::parse);
    if (written.isPresent() && date.isEmpty()) {
      problems.add(
          "Last reviewed \"" + written.get() + "\" is not a date; write it as 2025-11-16.");
    }
    return date;
  }
}
