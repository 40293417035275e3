package io.hindsight.platform.text;

import java.util.Optional;

/**
 * The rule for one line of text: no carriage return, line feed, next line (U+0085), line or
 * paragraph separator. A title with a line break splits log lines, e-mail subjects and CSV rows,
 * and looks like two fields on a page.
 */
public final class LineBreaks {

  private LineBreaks() {}

  public static boolean isLineBreak(int codePoint) {
    return codePoint == '\n'
        || codePoint == '\r'
        || codePoint == 0x85
        || codePoint == 0x2028
        || codePoint == 0x2029;
  }

  /** Why the text is not one line; empty when it is (or is absent). */
  public static Optional<String> problem(String text) {
    if (text == null || text.codePoints().noneMatch(LineBreaks::isLineBreak)) {
      return Optional.empty();
    }
    return Optional.of("must be a single line (no line breaks)");
  }
}
