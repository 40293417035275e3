package io.hindsight.postmortem.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.regex.Pattern;

/** A template section's stable key, for example "root-causes"; titles may change, keys do not. */
public record SectionKey(String value) {

  private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  public static final int MAX_LENGTH = 40;

  public SectionKey {
    if (value == null || value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
      throw FieldRefused.because(
          "A section key is 1 to "
              + MAX_LENGTH
              + " lowercase letters, digits and dashes, starting with a letter.");
    }
  }

  public static SectionKey of(String value) {
    return new SectionKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
