package io.hindsight.platform.search;

import java.util.Objects;

/** A document that matches a query, its score (higher is better) and a snippet. */
public record SearchHit(DocumentRef ref, double score, Snippet snippet) {

  public SearchHit {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(snippet, "snippet");
  }
}
