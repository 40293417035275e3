package io.hindsight.postmortem.application;

import io.hindsight.postmortem.domain.BlameWarning;

/**
 * A blame warning in one field of a post-mortem ({@code sections.<key>}, {@code factors[i]} or a
 * free text), the sentence it is in, and whether the authors acknowledged it.
 */
public record SectionWarning(
    String field, BlameWarning warning, String sentence, boolean acknowledged) {

  /** A warning found in {@code text}, with the sentence it names taken from that text. */
  public static SectionWarning in(
      String field, String text, BlameWarning warning, boolean acknowledged) {
    int start = Math.min(warning.sentenceStart(), text.length());
    int end = Math.min(warning.sentenceEnd(), text.length());
    return new SectionWarning(field, warning, text.substring(start, end), acknowledged);
  }
}
