package io.hindsight.runbook.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which source gave each metadata field of a runbook, keyed by the field's API name ({@code
 * severity}, {@code purpose}, {@code lastUpdated}); a field without a value has no source. Written
 * to the database as {@code severity=index,purpose=index}.
 */
public record MetadataSources(Map<String, MetadataSource> byField) {

  public MetadataSources {
    byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
  }

  public static MetadataSources none() {
    return new MetadataSources(Map.of());
  }

  public Optional<MetadataSource> of(String field) {
    return Optional.ofNullable(byField.get(field));
  }

  /** The field names and source ids, as the API shows them. */
  public Map<String, String> ids() {
    Map<String, String> ids = new LinkedHashMap<>();
    byField.forEach((field, source) -> ids.put(field, source.id()));
    return ids;
  }

  public String encode() {
    StringBuilder text = new StringBuilder();
    byField.forEach(
        (field, source) ->
            text.append(text.length() == 0 ? "" : ",")
                .append(field)
                .append('=')
                .append(source.id()));
    return text.toString();
  }

  /** The sources {@link #encode()} wrote; pairs it cannot read are left out. */
  public static MetadataSources decode(String text) {
    Map<String, MetadataSource> byField = new LinkedHashMap<>();
    if (text != null) {
      for (String pair : text.split(",")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          String field = pair.substring(0, equals);
          MetadataSource.ofId(pair.substring(equals + 1))
              .ifPresent(source -> byField.put(field, source));
        }
      }
    }
    return new MetadataSources(byField);
  }

  static final class Builder {
    private final Map<String, MetadataSource> byField = new LinkedHashMap<>();

    /** Records the source of {@code value} when there is a value; gives the value back. */
    <T> Optional<T> note(String field, Optional<T> value, MetadataSource source) {
      value.ifPresent(present -> byField.put(field, source));
      return value;
    }

    MetadataSources build() {
      return new MetadataSources(byField);
    }
  }
}
