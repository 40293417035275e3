package io.hindsight.security.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an audit entry is about: a kind of thing ({@code user}, {@code repository}, {@code
 * incident}, …) and which one (its key, name or number).
 *
 * @param kind lowercase words joined by hyphens, at most 40 characters
 * @param id one line of at most 200 characters
 */
public record AuditSubject(String kind, String id) {

  public static final int MAX_ID = 200;
  private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,39}");

  public AuditSubject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (!isKind(kind)) {
      throw new IllegalArgumentException("Not a subject kind: " + kind);
    }
    if (id.isBlank() || id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("Not a subject id: " + id);
    }
  }

  /**
   * The subject with {@code id} as text, cut to {@link #MAX_ID} characters: recording a change
   * never fails because of a long name.
   */
  public static AuditSubject of(String kind, Object id) {
    String text = String.valueOf(id).replaceAll("\\p{Cntrl}", " ");
    return new AuditSubject(kind, text.length() <= MAX_ID ? text : text.substring(0, MAX_ID));
  }

  /** A kind as a filter gives it, when it is spelled as kinds are. */
  public static Optional<String> parseKind(String raw) {
    return Optional.ofNullable(raw).map(String::strip).filter(AuditSubject::isKind);
  }

  static boolean isKind(String value) {
    return KIND.matcher(value).matches();
  }
}
