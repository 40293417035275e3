package io.hindsight.platform.search;

import java.util.List;
import java.util.Optional;

/**
 * One kind of document that {@code /api/v1/search} searches, such as runbooks; a feature adds its
 * documents by providing a bean of this type.
 */
public interface SearchSource {

  /** The kind its results carry, such as {@code runbook}: lowercase letters and hyphens. */
  String kind();

  /**
   * The documents matching {@code query}, best first, at most {@code limit}, among those the caller
   * may see.
   *
   * @param repository only documents of this runbook repository, when given: kinds that belong to
   *     no repository then find nothing
   */
  List<SearchResult> search(String query, int limit, Optional<String> repository);
}
