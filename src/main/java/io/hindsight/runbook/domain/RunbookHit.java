package io.hindsight.runbook.domain;

import io.hindsight.platform.search.Snippet;
import java.util.Objects;

/**
 * A runbook found by a search or suggested for an incident, with its title as indexed, its score
 * and snippet.
 */
public record RunbookHit(
    RepositoryKey repository, RunbookPath path, String title, double score, Snippet snippet) {

  public RunbookHit {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(snippet, "snippet");
  }
}
