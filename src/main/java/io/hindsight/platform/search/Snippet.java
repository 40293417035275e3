package io.hindsight.platform.search;

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

  /** A matched term at {@code [start, end)} of the snippet's text. */
  public record Highlight(int start, int end) {

    public Highlight {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("A highlight spans at least one character.");
      }
    }
  }
}
