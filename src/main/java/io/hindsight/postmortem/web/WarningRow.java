package io.hindsight.postmortem.web;

import io.hindsight.postmortem.domain.BlameWarning;
import java.util.List;

/**
 * A blame warning as the editor lists it, with the text around the matched words, the sentence it
 * is in, the rewrites of that sentence the author can apply, and whether the sentence was marked
 * "not blame" for this post-mortem.
 */
public record WarningRow(
    String fingerprint,
    String before,
    String matched,
    String after,
    String message,
    String suggestion,
    String sentence,
    List<String> rewrites,
    boolean dismissed) {

  private static final int CONTEXT = 40;

  public WarningRow {
    rewrites = List.copyOf(rewrites);
  }

  static WarningRow of(BlameWarning warning, String text) {
    int start = Math.min(warning.start(), text.length());
    int end = Math.min(warning.end(), text.length());
    String before = text.substring(Math.max(0, start - CONTEXT), start);
    String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
    String sentence =
        text.substring(
            Math.min(warning.sentenceStart(), start), Math.max(warning.sentenceEnd(), end));
    return new WarningRow(
        warning.fingerprint(),
        (start > CONTEXT ? "…" : "") + before,
        text.substring(start, end),
        after + (end + CONTEXT < text.length() ? "…" : ""),
        warning.message(),
        warning.suggestion(),
        sentence,
        warning.rewrites(),
        false);
  }

  /** This row, dismissed or not: its sentence was marked "not blame" for the post-mortem. */
  WarningRow dismissed(boolean dismissed) {
    return new WarningRow(
        fingerprint, before, matched, after, message, suggestion, sentence, rewrites, dismissed);
  }
}
