package io.hindsight.runbook.domain;

import io.hindsight.platform.markdown.FrontMatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gathers a runbook's metadata, each field from the first source that has it: front matter, then
 * the index table row that links the runbook (purpose, severity), then the first heading and Git.
 * The title is the one field the heading gives before the index row, since a runbook's own heading
 * names it more exactly than the link text of a table; the last change is always Git's, and a "Last
 * Updated" cell that disagrees is a lint finding. Each field notes where it came from.
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
    MetadataSources.Builder sources = new MetadataSources.Builder();
    String title = title(path, values, body, indexRow, sources);
    Optional<String> owner =
        sources.note("owner", values.text("owner", "owners"), MetadataSource.FRONT_MATTER);
    Optional<RunbookSeverity> severity = severity(values, indexRow, problems, sources);
    List<String> services = values.texts("services", "service");
    sources.note(
        "services", Optional.of(services).filter(s -> !s.isEmpty()), MetadataSource.FRONT_MATTER);
    List<String> triggers = values.texts("triggers", "trigger", "alerts");
    sources.note(
        "triggers", Optional.of(triggers).filter(t -> !t.isEmpty()), MetadataSource.FRONT_MATTER);
    Optional<ReviewInterval> interval =
        sources.note(
            "reviewInterval", reviewInterval(values, problems), MetadataSource.FRONT_MATTER);
    Optional<LocalDate> reviewed =
        sources.note("lastReviewed", lastReviewed(values, problems), MetadataSource.FRONT_MATTER);
    Optional<String> purpose =
        sources
            .note("purpose", values.text("purpose", "description"), MetadataSource.FRONT_MATTER)
            .or(
                () ->
                    sources.note(
                        "purpose", indexRow.flatMap(IndexRow::purpose), MetadataSource.INDEX));
    sources.note("lastUpdated", lastChange, MetadataSource.GIT);
    sources.note("lastAuthor", lastChange, MetadataSource.GIT);
    return new RunbookMetadata(
        path,
        title,
        owner,
        severity,
        services,
        triggers,
        interval,
        reviewed,
        purpose,
        lastChange,
        problems,
        sources.build());
  }

  private static String title(
      RunbookPath path,
      FrontMatterValues values,
      String body,
      Optional<IndexRow> indexRow,
      MetadataSources.Builder sources) {
    return sources
        .note(
            "title",
            values.text("title").map(String::strip).filter(t -> !t.isEmpty()),
            MetadataSource.FRONT_MATTER)
        .or(() -> sources.note("title", RunbookTitle.firstHeading(body), MetadataSource.HEADING))
        .or(
            () ->
                sources.note(
                    "title",
                    indexRow.map(IndexRow::title).filter(t -> !t.isBlank()),
                    MetadataSource.INDEX))
        .orElseGet(
            () ->
                sources
                    .note(
                        "title",
                        Optional.of(RunbookTitle.of(Optional.empty(), "", path)),
                        MetadataSource.FILE_NAME)
                    .orElseThrow());
  }

  private static Optional<RunbookSeverity> severity(
      FrontMatterValues values,
      Optional<IndexRow> indexRow,
      List<String> problems,
      MetadataSources.Builder sources) {
    Optional<RunbookSeverity> own = values.text("severity").flatMap(RunbookSeverity::parse);
    Optional<RunbookSeverity> indexed =
        own.isPresent() ? Optional.empty() : indexRow.flatMap(IndexRow::severity);
    sources.note("severity", own, MetadataSource.FRONT_MATTER);
    sources.note("severity", indexed, MetadataSource.INDEX);
    Optional<RunbookSeverity> severity = own.or(() -> indexed);
    severity
        .filter(written -> !written.isRecognized())
        .ifPresent(
            unknown ->
                problems.add(
                    "Severity \""
                        + unknown.text()
                        + "\""
                        + (own.isPresent()
                            ? ""
                            : " in the index row on line " + indexRow.orElseThrow().line())
                        + " is none of "
                        + RunbookSeverity.accepted()
                        + "; it is kept as written."));
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
