package io.hindsight.platform.text;

import java.util.Optional;

/**
 * The one rule for text people send: tab, line feed and carriage return are text, every other C0
 * control character (U+0000 to U+001F) and DEL are not. PostgreSQL refuses U+0000 outright, and the
 * others are invisible in every page that would show them.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  public static boolean isRefused(int codePoint) {
    return (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
        || codePoint == 0x7F;
  }

  /** Why the text is refused, naming the first refused character; empty when it is fine. */
  public static Optional<String> problem(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return text.codePoints()
        .filter(ControlCharacters::isRefused)
        .boxed()
        .findFirst()
        .map(
            codePoint ->
                String.format(
                    "must not contain control characters (found U+%04X); only tab and line breaks"
                        + " are allowed",
                    codePoint));
  }

  /** The text without refused characters, for content Hindsight reads rather than receives. */
  public static String strip(String text) {
    if (text.codePoints().noneMatch(ControlCharacters::isRefused)) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isRefused(c)).forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
