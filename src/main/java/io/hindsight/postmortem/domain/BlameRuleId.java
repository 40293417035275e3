package io.hindsight.postmortem.domain;

import java.util.regex.Pattern;

/** A blameless-check rule's id: lowercase letters, digits and dashes, for example "human-error". */
public record BlameRuleId(String value) {

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  public BlameRuleId {
    if (value == null || value.length() > 64 || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A blame rule id is 1 to 64 lowercase letters, digits and dashes.");
    }
  }

  public static BlameRuleId of(String value) {
    return new BlameRuleId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
