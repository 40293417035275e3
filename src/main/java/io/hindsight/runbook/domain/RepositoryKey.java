package io.hindsight.runbook.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The short name of a runbook repository, as it appears in addresses: {@code sample}, {@code
 * platform-ops}.
 */
public record RepositoryKey(String value) {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

  public RepositoryKey {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A repository key has 1 to 40 lowercase letters, digits and inner hyphens.");
    }
  }

  public static RepositoryKey of(String value) {
    return new RepositoryKey(value);
  }

  public static java.util.Optional<RepositoryKey> parse(String value) {
    return value != null && SHAPE.matcher(value).matches()
        ? java.util.Optional.of(new RepositoryKey(value))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
