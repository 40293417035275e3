package io.hindsight.postmortem.web;

import io.hindsight.postmortem.domain.BlameWarning;

/** A blame warning as the editor lists it, with the text around the matched words. */
public record WarningRow(
    String fingerprint,
    String before,
    String matched,
    String after,
    String message,
    String suggestion) {

  private static final int CONTEXT = 40;

  static WarningRow of(BlameWarning warning, String text) {
    int start = Math.min(warning.start(), text.length());
    int end = Math.min(warning.end(), text.length());
    String before = text.substring(Math.max(0, start - CONTEXT), start);
    String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
    return new WarningRow(
        warning.fingerprint(),
        (start > CONTEXT ? "…" : "") + before,
        text.substring(start, end),
        after + (end + CONTEXT < text.length() ? "…" : ""),
        warning.message(),
        warning.suggestion());
  }
}
