package io.hindsight.incident.domain;

/** What a timeline entry says: 1 to 10,000 characters; line breaks and tabs allowed. */
public record EntryText(String value) {

  public static final int MAX_LENGTH = 10_000;

  public EntryText {
    if (value == null || value.isBlank()) {
      throw new IncidentRuleException("text", "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IncidentRuleException("text", "must be at most " + MAX_LENGTH + " characters");
    }
    if (value
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
      throw new IncidentRuleException("text", "must not contain control characters");
    }
  }

  public static EntryText of(String raw) {
    return new EntryText(raw == null ? null : raw.strip());
  }
}
