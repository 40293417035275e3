package io.hindsight.runbook.domain;

import io.hindsight.platform.markdown.FrontMatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads front matter keys however they are spelled ({@code review_interval}, {@code
 * reviewInterval}, {@code Review-Interval}) and flattens nested values to their texts.
 */
final class FrontMatterValues {

  private final FrontMatter frontMatter;

  FrontMatterValues(FrontMatter frontMatter) {
    this.frontMatter = frontMatter;
  }

  /** The first of {@code keys} present, as texts: nested lists and maps give their leaf values. */
  List<String> texts(String... keys) {
    return value(keys).map(FrontMatterValues::leaves).orElse(List.of());
  }

  /** The texts of the first of {@code keys} present, joined with commas; empty when none. */
  Optional<String> text(String... keys) {
    List<String> texts = texts(keys);
    return texts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", texts));
  }

  private Optional<Object> value(String... keys) {
    for (String key : keys) {
      for (Map.Entry<String, Object> entry : frontMatter.asMap().entrySet()) {
        if (entry.getValue() != null && normalized(entry.getKey()).equals(normalized(key))) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return Optional.empty();
  }

  private static String normalized(String key) {
    return key.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }

  private static List<String> leaves(Object value) {
    List<String> leaves = new ArrayList<>();
    collect(value, leaves);
    return leaves;
  }

  private static void collect(Object value, List<String> into) {
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(nested -> collect(nested, into));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(nested -> collect(nested, into));
    } else if (value != null && !value.toString().isBlank()) {
      into.add(value.toString().strip());
    }
  }
}
