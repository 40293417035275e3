package io.hindsight.change.domain;

import io.hindsight.platform.refusal.FieldRefused;

/** The one-line summary of a change request, which also heads its commits and tag. */
public final class ChangeTitle {

  private ChangeTitle() {}

  /**
   * @throws FieldRefused naming {@code title} when it is blank, too long or not one line
   */
  public static String of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw FieldRefused.field("title", "Say in a line what the change does.");
    }
    String title = raw.strip();
    if (title.length() > ChangeRequest.MAX_TITLE_LENGTH) {
      throw FieldRefused.field(
          "title", "The title has at most " + ChangeRequest.MAX_TITLE_LENGTH + " characters.");
    }
    if (title.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw FieldRefused.field("title", "The title is one line of text.");
    }
    return title;
  }
}
