package io.hindsight.platform.markdown;

import io.hindsight.platform.text.ControlCharacters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The YAML front matter of a Markdown document: keys to strings, numbers, booleans, nested maps and
 * lists, all unmodifiable. Absent keys and null values read the same.
 */
public final class FrontMatter {

  private static final FrontMatter EMPTY = new FrontMatter(Map.of());

  private final Map<String, Object> entries;

  private FrontMatter(Map<?, ?> entries) {
    this.entries = unmodifiableMap(entries);
  }

  public static FrontMatter empty() {
    return EMPTY;
  }

  /** Front matter holding a deep, unmodifiable copy of the given entries; keys become strings. */
  public static FrontMatter of(Map<?, ?> entries) {
    return new FrontMatter(Objects.requireNonNull(entries, "entries"));
  }

  /** All entries, unmodifiable, in the order they were written. */
  public Map<String, Object> asMap() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public Optional<Object> value(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The value as text if it is a scalar (string, number or boolean); empty otherwise. */
  public Optional<String> text(String key) {
    return value(key).flatMap(FrontMatter::scalarText);
  }

  /**
   * The value as a list of texts: a scalar gives a list of one, a list gives its scalar elements.
   * Anything else, or an absent key, gives an empty list.
   */
  public List<String> texts(String key) {
    Object value = entries.get(key);
    if (value instanceof List<?> list) {
      return list.stream().flatMap(element -> scalarText(element).stream()).toList();
    }
    return scalarText(value).stream().toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FrontMatter that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "FrontMatter" + entries;
  }

  private static Optional<String> scalarText(Object value) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    return Optional.empty();
  }

  private static Map<String, Object> unmodifiableMap(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (key, value) ->
            copy.put(ControlCharacters.strip(String.valueOf(key)), unmodifiable(value)));
    return Collections.unmodifiableMap(copy);
  }

  /** Control characters are dropped from every text, so that no database refuses an index row. */
  private static Object unmodifiable(Object value) {
    if (value instanceof String text) {
      return ControlCharacters.strip(text);
    }
    if (value instanceof Map<?, ?> map) {
      return unmodifiableMap(map);
    }
    if (value instanceof Collection<?> collection) {
      List<Object> copy = new ArrayList<>(collection.size());
      collection.forEach(element -> copy.add(unmodifiable(element)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
