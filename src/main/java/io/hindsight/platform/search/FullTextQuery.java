package io.hindsight.platform.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to find among the documents of one kind: any term of {@code text}, ranked with the field
 * {@code weights}, at most {@code limit} (capped at {@link #MAX_LIMIT}), within {@code scope} when
 * given, never the documents named in {@code hidden}.
 */
public record FullTextQuery(
    String kind,
    String text,
    FieldWeights weights,
    int limit,
    Optional<String> scope,
    Set<String> hidden) {

  /** Longest query read; the rest is ignored. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** Most distinct terms of a query that are searched. */
  public static final int MAX_QUERY_TERMS = 32;

  /** Most hits one search returns. */
  public static final int MAX_LIMIT = 100;

  public FullTextQuery {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(scope, "scope");
    text = text == null ? "" : text;
    limit = Math.max(0, Math.min(limit, MAX_LIMIT));
    hidden = Set.copyOf(hidden);
  }

  public static FullTextQuery of(String kind, String text, FieldWeights weights, int limit) {
    return new FullTextQuery(kind, text, weights, limit, Optional.empty(), Set.of());
  }

  public FullTextQuery within(Optional<String> scope) {
    return new FullTextQuery(kind, text, weights, limit, scope, hidden);
  }

  public FullTextQuery hiding(Set<String> references) {
    return new FullTextQuery(kind, text, weights, limit, scope, references);
  }

  /** The distinct terms searched, in the order the query names them. */
  public List<String> terms() {
    String bounded = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
    return Tokenizer.terms(bounded).stream().limit(MAX_QUERY_TERMS).toList();
  }

  /**
   * A field's weight relative to the heaviest one, so that each lies in (0, 1] as PostgreSQL's
   * ranking requires, and scores of different kinds compare; a field not weighted counts a little.
   */
  double relativeWeight(String field) {
    double heaviest = weights.weights().values().stream().mapToDouble(w -> w).max().orElse(1);
    return Math.max(weights.of(field) / heaviest, 0.01);
  }
}
