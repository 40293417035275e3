package io.hindsight.platform.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A short plain-text excerpt of a document around the query's terms; never HTML, escape it to show
 * it.
 *
 * @param highlights where the matched terms are in {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Highlight> highlights) {

  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
  }

  /**
   * The text cut at the highlights, in order, so that a page marks the matched terms without
   * building HTML; highlights past the end of the text are ignored.
   */
  public List<Part> parts() {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    for (Highlight highlight : highlights) {
      int start = Math.max(at, Math.min(highlight.start(), text.length()));
      int end = Math.min(highlight.end(), text.length());
      if (end <= start) {
        continue;
      }
      if (start > at) {
        parts.add(new Part(text.substring(at, start), false));
      }
      parts.add(new Part(text.substring(start, end), true));
      at = end;
    }
    if (at < text.length()) {
      parts.add(new Part(text.substring(at), false));
    }
    return parts;
  }

  /** A piece of the snippet's text; {@code matched} when it is a matched term. */
  public record Part(String text, boolean matched) {}

  /** A matched term at {@code [start, end)} of the snippet's text. */
  public record Highlight(int start, int end) {

    public Highlight {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("A highlight spans at least one character.");
      }
    }
  }
}
