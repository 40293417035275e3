package io.hindsight.review.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service or piece of infrastructure as runbooks name it in their front matter ({@code services:
 * [payments, postgres-main]}): letters, digits and {@code . _ - /}, up to {@value #MAX_LENGTH}
 * characters, compared without regard to case.
 */
public record ServiceName(String value) {

  public static final int MAX_LENGTH = 100;
  private static final Pattern SPELLING = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

  public ServiceName {
    if (value == null || value.length() > MAX_LENGTH || !SPELLING.matcher(value).matches()) {
      throw new IllegalArgumentException("not a service name: " + value);
    }
  }

  /** The name as written (surrounding blanks ignored), or empty when it cannot be one. */
  public static Optional<ServiceName> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip();
    return name.length() <= MAX_LENGTH && SPELLING.matcher(name).matches()
        ? Optional.of(new ServiceName(name))
        : Optional.empty();
  }

  /** Whether a runbook's front matter entry names this service. */
  public boolean isNamedBy(String frontMatterEntry) {
    return frontMatterEntry != null
        && frontMatterEntry.strip().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
  }
}
