package io.hindsight.postmortem.application;

import io.hindsight.postmortem.domain.BlameWarning;
import io.hindsight.postmortem.domain.NotBlameMark;

/**
 * A blame warning in one field of a post-mortem ({@code sections.<key>}, {@code factors[i]} or a
 * free text), the sentence it is in, whether the authors acknowledged it, and whether its sentence
 * was marked "not blame" for this post-mortem (dismissed).
 */
public record SectionWarning(
    String field, BlameWarning warning, String sentence, boolean acknowledged, boolean dismissed) {

  /** A warning found in {@code text}, with the sentence it names taken from that text. */
  public static SectionWarning in(
      String field, String text, BlameWarning warning, boolean acknowledged) {
    int start = Math.min(warning.sentenceStart(), text.length());
    int end = Math.min(warning.sentenceEnd(), text.length());
    return new SectionWarning(field, warning, text.substring(start, end), acknowledged, false);
  }

  /** This warning, dismissed when its sentence is one of {@code marked} (in normal form). */
  public SectionWarning dismissedIf(java.util.Set<String> marked) {
    boolean dismissed = marked.contains(NotBlameMark.normal(sentence));
    return new SectionWarning(field, warning, sentence, acknowledged, dismissed);
  }

  /** Neither acknowledged nor dismissed: it blocks submitting and publishing. */
  public boolean open() {
    return !acknowledged && !dismissed;
  }
}
