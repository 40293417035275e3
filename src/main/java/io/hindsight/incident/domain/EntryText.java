package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;

/** What a timeline entry says: 1 to 10,000 characters; line breaks and tabs allowed. */
public record EntryText(String value) {

  public static final int MAX_LENGTH = 10_000;

  public EntryText {
    if (value == null || value.isBlank()) {
      throw FieldRefused.field("text", "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw FieldRefused.field("text", "must be at most " + MAX_LENGTH + " characters");
    }
    if (value
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
      throw FieldRefused.field("text", "must not contain control characters");
    }
  }

  public static EntryText of(String raw) {
    return new EntryText(raw == null ? null : raw.strip());
  }
}
