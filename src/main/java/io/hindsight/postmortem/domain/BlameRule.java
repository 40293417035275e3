package io.hindsight.postmortem.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One blameless-check rule as written in the rule file: a regular expression that may contain the
 * {@code {person}} and {@code {name}} placeholders, a message and a reframing suggestion.
 */
public record BlameRule(BlameRuleId id, String regex, String message, String suggestion) {

  static final String PERSON = "{person}";
  static final String NAME = "{name}";

  public BlameRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(regex, "regex");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
  }

  /** A rule for a phrase: its words as whole words, any whitespace between them. */
  public static BlameRule phrase(BlameRuleId id, String phrase, String message, String suggestion) {
    StringBuilder regex = new StringBuilder("\\b");
    String[] words = phrase.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    return new BlameRule(id, regex.append("\\b").toString(), message, suggestion);
  }

  /** Whether the rule can only match when names of people are known. */
  public boolean needsNames() {
    return regex.contains(NAME);
  }
}
