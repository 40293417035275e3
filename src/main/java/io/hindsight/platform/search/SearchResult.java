package io.hindsight.platform.search;

import java.util.Map;
import java.util.Objects;

/**
 * A document found by a {@link SearchSource}: what it is, how well it matches, a plain-text
 * snippet, and where to read it.
 *
 * @param id the document's id within its kind, such as {@code sample/node-recovery.md}
 * @param link the page that shows it, relative to the application
 * @param api the API resource that returns it, relative to the application
 * @param fields kind-specific details, such as a runbook's repository and path
 */
public record SearchResult(
    String kind,
    String id,
    String title,
    double score,
    Snippet snippet,
    String link,
    String api,
    Map<String, String> fields) {

  public SearchResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(api, "api");
    fields = Map.copyOf(fields);
  }
}
