package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;

/** What an incident is called: 1 to 200 characters, no control characters. */
public record IncidentTitle(String value) {

  public static final int MAX_LENGTH = 200;

  public IncidentTitle {
    if (value == null || value.isBlank()) {
      throw FieldRefused.field("title", "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw FieldRefused.field("title", "must be at most " + MAX_LENGTH + " characters");
    }
    if (hasControlCharacter(value)) {
      throw FieldRefused.field("title", "must not contain control characters");
    }
  }

  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public static IncidentTitle of(String raw) {
    return new IncidentTitle(raw == null ? null : raw.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
