package io.hindsight.platform.search.api;

import io.hindsight.platform.search.SearchResult;
import io.hindsight.platform.search.Snippet;
import java.util.List;
import java.util.Map;

/** A search result as the API returns it; the snippet is plain text, highlights index into it. */
public record SearchResultView(
    String kind,
    String id,
    String title,
    double score,
    String snippet,
    List<Highlight> highlights,
    String link,
    String api,
    Map<String, String> fields) {

  /** A matched term at {@code [start, end)} of the snippet. */
  public record Highlight(int start, int end) {}

  static SearchResultView of(SearchResult result) {
    Snippet snippet = result.snippet();
    return new SearchResultView(
        result.kind(),
        result.id(),
        result.title(),
        Math.round(result.score() * 1000) / 1000.0,
        snippet.text(),
        snippet.highlights().stream().map(h -> new Highlight(h.start(), h.end())).toList(),
        result.link(),
        result.api(),
        result.fields());
  }
}
