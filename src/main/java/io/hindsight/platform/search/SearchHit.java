package io.hindsight.platform.search;

import java.util.Objects;

/**
 * A document that matches a query: its scope and title as indexed, its score (higher is better) and
 * a snippet.
 */
public record SearchHit(
    DocumentRef ref, String scope, String title, double score, Snippet snippet) {

  public SearchHit {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(snippet, "snippet");
  }
}
