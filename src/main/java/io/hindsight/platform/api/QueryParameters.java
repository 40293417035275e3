package io.hindsight.platform.api;

import io.hindsight.platform.refusal.FieldRefused;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a list's query parameters, refusing unknown, repeated and malformed ones by name. */
public final class QueryParameters {

  private final MultivaluedMap<String, String> query;

  private QueryParameters(MultivaluedMap<String, String> query) {
    this.query = query;
  }

  /**
   * @throws FieldRefused naming the first parameter that is not in {@code known}
   */
  public static QueryParameters of(MultivaluedMap<String, String> query, Set<String> known) {
    for (String name : query.keySet()) {
      if (!known.contains(name)) {
        throw FieldRefused.field(
            name,
            "is not a parameter of this list; use "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return new QueryParameters(query);
  }

  public Optional<String> one(String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw FieldRefused.field(name, "must be given once");
    }
    return Optional.of(values.get(0));
  }

  public String required(String name) {
    return one(name).orElseThrow(() -> FieldRefused.field(name, "is required"));
  }

  public Optional<Boolean> bool(String name) {
    return one(name)
        .map(
            raw -> {
              if (raw.equals("true") || raw.equals("false")) {
                return Boolean.parseBoolean(raw);
              }
              throw FieldRefused.field(name, "must be true or false");
            });
  }

  public Optional<Integer> number(String name, int min, int max) {
    return one(name).map(raw -> number(name, raw, min, max));
  }

  public static int number(String name, String raw, int min, int max) {
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw FieldRefused.field(name, "must be a whole number from " + min + " to " + max);
  }
}
