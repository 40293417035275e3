package io.hindsight.postmortem.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A stretch of text that assigns blame: offsets are UTF-16 indexes into the checked text, {@code
 * end} exclusive, so that {@code text.substring(start, end)} is the matched text. The warning names
 * the sentence it is in ({@code sentenceStart} to {@code sentenceEnd}) and offers rewrites of that
 * whole sentence about the system, and a question to ask instead ({@code suggestion}).
 */
public record BlameWarning(
    BlameRuleId ruleId,
    int start,
    int end,
    String matchedText,
    String message,
    String suggestion,
    int sentenceStart,
    int sentenceEnd,
    List<String> rewrites) {

  public BlameWarning {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(matchedText, "matchedText");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("A warning covers at least one character.");
    }
    if (sentenceStart > start || sentenceEnd < end) {
      throw new IllegalArgumentException("A warning's sentence holds the warned words.");
    }
    rewrites = List.copyOf(rewrites);
  }

  /** A warning without rewrites, its sentence the matched words. */
  public BlameWarning(
      BlameRuleId ruleId,
      int start,
      int end,
      String matchedText,
      String message,
      String suggestion) {
    this(ruleId, start, end, matchedText, message, suggestion, start, end, List.of());
  }

  /** This warning in its sentence, with rewrites of that sentence. */
  public BlameWarning inSentence(int sentenceStart, int sentenceEnd, List<String> rewrites) {
    return new BlameWarning(
        ruleId, start, end, matchedText, message, suggestion, sentenceStart, sentenceEnd, rewrites);
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
