package io.hindsight.platform.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document to index: its reference and the text of each of its fields, by field name. Fields
 * longer than {@link #MAX_FIELD_LENGTH} characters are indexed up to that length.
 */
public record SearchDocument(DocumentRef ref, Map<String, String> fields) {

  public static final int MAX_FIELD_LENGTH = 1_000_000;

  public SearchDocument {
    Objects.requireNonNull(ref, "ref");
    Map<String, String> bounded = new LinkedHashMap<>();
    fields.forEach(
        (name, text) -> {
          if (text != null) {
            bounded.put(
                Objects.requireNonNull(name, "field name"),
                text.length() > MAX_FIELD_LENGTH ? text.substring(0, MAX_FIELD_LENGTH) : text);
          }
        });
    fields = java.util.Collections.unmodifiableMap(bounded);
  }
}
