package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;

/**
 * The name an uploaded file is shown and downloaded under: 1 to 255 characters, without path
 * separators, NUL or other control characters, and not {@code .} or {@code ..}.
 */
public record EvidenceFileName(String value) {

  public static final int MAX_LENGTH = 255;

  public EvidenceFileName {
    if (value == null || value.isBlank()) {
      throw FieldRefused.field("fileName", "is required");
    }
    if (value.length() > MAX_LENGTH) {
      throw FieldRefused.field("fileName", "must be at most " + MAX_LENGTH + " characters");
    }
    if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
      throw FieldRefused.field("fileName", "must not contain path separators");
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '"')) {
      throw FieldRefused.field("fileName", "must not contain control characters or quotes");
    }
    if (value.strip().equals(".") || value.strip().equals("..") || !value.equals(value.strip())) {
      throw FieldRefused.field("fileName", "must be a plain file name");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
