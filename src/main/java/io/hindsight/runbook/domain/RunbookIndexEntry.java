package io.hindsight.runbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the indexer read from one Markdown file at a commit: its metadata with the index table's
 * fallbacks (title, owner, severity as written and the level it names, purpose, services, triggers,
 * each with its source), the raw review fields, the last change Git reports, and the problem that
 * kept it from being read fully, if any.
 */
public record RunbookIndexEntry(
    RunbookPath path,
    String blobId,
    long size,
    String title,
    Optional<String> owner,
    Optional<String> severity,
    Optional<RunbookSeverity.Level> severityLevel,
    Optional<String> purpose,
    List<String> services,
    List<String> triggers,
    Optional<String> reviewInterval,
    Optional<String> lastReviewed,
    Optional<Instant> lastUpdated,
    Optional<String> lastAuthor,
    Optional<String> lastCommit,
    Optional<String> problem,
    MetadataSources sources) {

  public RunbookIndexEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(blobId, "blobId");
    Objects.requireNonNull(title, "title");
    services = List.copyOf(services);
    triggers = List.copyOf(triggers);
    Objects.requireNonNull(severityLevel, "severityLevel");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(sources, "sources");
  }

  /**
   * An index page ({@code README.md}, {@code _index.md}, {@code index.md}) rather than a runbook.
   */
  public boolean isIndex() {
    String name = path.fileName().toLowerCase(java.util.Locale.ROOT);
    return name.equals("readme.md") || name.equals("_index.md") || name.equals("index.md");
  }
}
