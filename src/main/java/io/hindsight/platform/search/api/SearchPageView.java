package io.hindsight.platform.search.api;

import java.util.List;

/**
 * One page of search results; {@code total} counts the ranked results, at most {@link
 * io.hindsight.platform.search.FullTextQuery#MAX_LIMIT}.
 */
public record SearchPageView(
    String query, List<SearchResultView> items, int page, int size, long total) {}
