package io.hindsight.runbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A runbook as the catalog lists it: where it is, what its metadata says, when Git last changed it.
 */
public record RunbookSummary(
    RepositoryKey repository,
    RunbookPath path,
    String title,
    Optional<String> owner,
    Optional<String> severity,
    List<String> services,
    Optional<Instant> lastUpdated,
    Optional<String> lastAuthor) {

  public RunbookSummary {
    services = List.copyOf(services);
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
