package io.hindsight.postmortem.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.Objects;

/**
 * One section of a post-mortem template: Markdown content under a title, with a hint for authors.
 */
public record SectionDefinition(SectionKey key, String title, boolean required, String hint) {

  public static final int MAX_TITLE_LENGTH = 100;
  public static final int MAX_HINT_LENGTH = 500;

  public SectionDefinition {
    Objects.requireNonNull(key, "key");
    title = text(title, "title", MAX_TITLE_LENGTH, false);
    hint = text(hint, "hint", MAX_HINT_LENGTH, true);
  }

  public static SectionDefinition required(String key, String title, String hint) {
    return new SectionDefinition(SectionKey.of(key), title, true, hint);
  }

  public static SectionDefinition optional(String key, String title, String hint) {
    return new SectionDefinition(SectionKey.of(key), title, false, hint);
  }

  public SectionDefinition withTitle(String newTitle) {
    return new SectionDefinition(key, newTitle, required, hint);
  }

  private static String text(String value, String what, int max, boolean mayBeEmpty) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty() && !mayBeEmpty) {
      throw FieldRefused.because("A section needs a " + what + ".");
    }
    if (stripped.length() > max) {
      throw FieldRefused.because("A section " + what + " has at most " + max + " characters.");
    }
    return stripped;
  }
}
