package io.hindsight.runbook.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Hindsight knows about a runbook besides its text, gathered by {@link RunbookMetadataReader}
 * from front matter, first heading, the repository's index table and Git.
 *
 * @param problems front matter values that could not be read, in words a runbook author can act on
 * @param sources where each field with a value came from
 */
public record RunbookMetadata(
    RunbookPath path,
    String title,
    Optional<String> owner,
    Optional<RunbookSeverity> severity,
    List<String> services,
    List<String> triggers,
    Optional<ReviewInterval> reviewInterval,
    Optional<LocalDate> lastReviewed,
    Optional<String> purpose,
    Optional<LastGitChange> lastChange,
    List<String> problems,
    MetadataSources sources) {

  public RunbookMetadata {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(severity, "severity");
    services = List.copyOf(services);
    triggers = List.copyOf(triggers);
    Objects.requireNonNull(reviewInterval, "reviewInterval");
    Objects.requireNonNull(lastReviewed, "lastReviewed");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(lastChange, "lastChange");
    problems = List.copyOf(problems);
    Objects.requireNonNull(sources, "sources");
  }

  /**
   * An index page ({@code README.md}, {@code _index.md}, {@code index.md}) rather than a runbook.
   */
  public boolean isIndexPage() {
    return IndexPages.isIndexPage(path);
  }
}
