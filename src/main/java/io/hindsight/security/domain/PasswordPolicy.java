package io.hindsight.security.domain;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a new password must meet. The minimum counts characters as people see them (code
 * points); the maximum counts UTF-16 chars, the unit {@link PasswordHasher} bounds.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = PasswordHasher.MAX_PASSWORD_LENGTH;

  /** User-facing messages, empty if the password is acceptable. */
  public List<String> violations(char[] password) {
    if (password == null || password.length == 0) {
      return List.of("Password is required.");
    }
    if (password.length > MAX_LENGTH) {
      return List.of("Password must be at most " + MAX_LENGTH + " characters long.");
    }
    List<String> violations = new ArrayList<>();
    CharSequence chars = CharBuffer.wrap(password);
    if (Character.codePointCount(chars, 0, password.length) < MIN_LENGTH) {
      violations.add("Password must be at least " + MIN_LENGTH + " characters long.");
    }
    if (chars.codePoints().distinct().count() == 1) {
      violations.add("Password must not be a single character repeated.");
    }
    return List.copyOf(violations);
  }

  public boolean accepts(char[] password) {
    return violations(password).isEmpty();
  }
}
