package io.hindsight.security.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One field's value before and after a change. A concealed change (a password, a token, a
 * repository credential) records only that the field changed: neither value is ever kept. Values
 * longer than {@link #MAX_VALUE} characters are cut, with an ellipsis.
 *
 * @param before empty when the field had no value (or the subject did not exist)
 * @param after empty when the field has no value now (or the subject was removed)
 */
public record FieldChange(
    String field, Optional<String> before, Optional<String> after, boolean concealed) {

  public static final int MAX_VALUE = 500;
  public static final int MAX_FIELD = 120;

  public FieldChange {
    Objects.requireNonNull(field, "field");
    if (field.isBlank()) {
      throw new IllegalArgumentException("A field needs a name.");
    }
    field = field.length() <= MAX_FIELD ? field : field.substring(0, MAX_FIELD);
    before = concealed ? Optional.empty() : before.map(FieldChange::cut);
    after = concealed ? Optional.empty() : after.map(FieldChange::cut);
  }

  public static FieldChange of(String field, String before, String after) {
    return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after), false);
  }

  /** That {@code field}, a secret, changed: no value is recorded. */
  public static FieldChange concealed(String field) {
    return new FieldChange(field, Optional.empty(), Optional.empty(), true);
  }

  /** The change in one line, as the audit page and the CSV export show it. */
  public String describe() {
    if (concealed) {
      return field + ": changed (secret, not recorded)";
    }
    return field + ": " + before.orElse("(none)") + " → " + after.orElse("(none)");
  }

  private static String cut(String value) {
    return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
  }
}
