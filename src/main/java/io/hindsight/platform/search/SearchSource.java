package io.hindsight.platform.search;

import java.util.List;

/**
 * One kind of document that {@code /api/v1/search} searches, such as runbooks; a feature adds its
 * documents by providing a bean of this type.
 */
public interface SearchSource {

  /** The kind its results carry, such as {@code runbook}: lowercase letters and hyphens. */
  String kind();

  /** The documents matching {@code query}, best first, at most {@code limit}. */
  List<SearchResult> search(String query, int limit);
}
