package io.hindsight.runbook.domain;

import java.util.Objects;

/** A runbook to index for search: where it is, its metadata and its Markdown body. */
public record SearchableRunbook(RepositoryKey repository, RunbookMetadata metadata, String body) {

  public SearchableRunbook {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(body, "body");
  }
}
