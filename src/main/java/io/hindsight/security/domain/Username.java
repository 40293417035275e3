package io.hindsight.security.domain;

import java.util.Locale;
import java.util.Optional;

/** A login name: trimmed, lowercased, 1 to 64 characters of {@code [a-z0-9._-]}. */
public final class Username {

  public static final int MAX_LENGTH = 64;

  // Longer raw input is rejected before it is copied, however much of it is whitespace.
  private static final int MAX_RAW_LENGTH = 1024;

  private final String value;

  private Username(String value) {
    this.value = value;
  }

  public static Username of(String raw) {
    String problem = problemWith(raw);
    if (problem != null) {
      throw new InvalidUsernameException(problem);
    }
    return new Username(raw.strip().toLowerCase(Locale.ROOT));
  }

  /** For login: any input that is not a valid username is simply empty, never an exception. */
  public static Optional<Username> parse(String raw) {
    return problemWith(raw) == null
        ? Optional.of(new Username(raw.strip().toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }

  private static String problemWith(String raw) {
    if (raw == null || raw.length() > MAX_RAW_LENGTH) {
      return raw == null ? "Username is required." : tooLong();
    }
    String candidate = raw.strip();
    if (candidate.isEmpty()) {
      return "Username is required.";
    }
    if (candidate.length() > MAX_LENGTH) {
      return tooLong();
    }
    // Checked before lowercasing, so that non-ASCII letters such as the Kelvin sign cannot
    // lowercase into an ASCII name that belongs to someone else.
    for (int i = 0; i < candidate.length(); i++) {
      if (!isAllowed(candidate.charAt(i))) {
        return "Username may contain only letters a-z, digits, '.', '_' and '-'.";
      }
    }
    if (!isLetterOrDigit(candidate.charAt(0))) {
      return "Username must start with a letter or a digit.";
    }
    return null;
  }

  private static String tooLong() {
    return "Username must be at most " + MAX_LENGTH + " characters long.";
  }

  private static boolean isAllowed(char c) {
    return isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Username that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
