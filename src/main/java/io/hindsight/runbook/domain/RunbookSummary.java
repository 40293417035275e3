package io.hindsight.runbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A runbook as the catalog lists it: where it is, what its metadata says and where each field came
 * from, when Git last changed it.
 */
public record RunbookSummary(
    RepositoryKey repository,
    RunbookPath path,
    String title,
    Optional<String> owner,
    Optional<String> severity,
    List<String> services,
    Optional<Instant> lastUpdated,
    Optional<String> lastAuthor,
    Optional<String> purpose,
    MetadataSources sources) {

  public RunbookSummary {
    services = List.copyOf(services);
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(sources, "sources");
  }

  /** The runbook as the index holds it. */
  public static RunbookSummary of(RepositoryKey repository, IndexedRunbook runbook) {
    return new RunbookSummary(
        repository,
        runbook.path(),
        runbook.title(),
        runbook.owner(),
        runbook.severity(),
        runbook.services(),
        runbook.lastUpdated(),
        runbook.lastAuthor(),
        runbook.purpose(),
        runbook.sources());
  }

  /** The level the severity names; empty when there is none or it names none. */
  public Optional<RunbookSeverity.Level> severityLevel() {
    return severity.flatMap(RunbookSeverity::parse).flatMap(RunbookSeverity::level);
  }

  /** Where {@code field} came from, as a page says it ("README index"); empty when unknown. */
  public String sourceOf(String field) {
    return sources.of(field).map(MetadataSource::label).orElse("");
  }

  /** An index page ({@code README.md}, {@code _index.md}) rather than a runbook. */
  public boolean isIndex() {
    return IndexPages.isIndexPage(path);
  }

  /** A section index page ({@code _index.md}) of a static site such as Hugo's. */
  public boolean isSectionIndex() {
    return IndexPages.isSectionIndex(path);
  }
}
