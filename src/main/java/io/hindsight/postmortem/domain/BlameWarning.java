package io.hindsight.postmortem.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A stretch of text that assigns blame: offsets are UTF-16 indexes into the checked text, {@code
 * end} exclusive, so that {@code text.substring(start, end)} is the matched text.
 */
public record BlameWarning(
    BlameRuleId ruleId, int start, int end, String matchedText, String message, String suggestion) {

  public BlameWarning {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(matchedText, "matchedText");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("A warning covers at least one character.");
    }
  }

  /**
   * What an acknowledgement refers to: the rule and the words, not their position, so that an
   * acknowledgement survives edits elsewhere in the text.
   */
  public String fingerprint() {
    return ruleId.value()
        + ":"
        + matchedText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
