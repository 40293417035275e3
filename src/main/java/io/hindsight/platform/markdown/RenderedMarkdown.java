package io.hindsight.platform.markdown;

import java.util.List;
import java.util.Objects;

/**
 * Sanitized HTML of a Markdown body and its headings, in document order.
 *
 * @param html HTML safe to embed in a page without further escaping
 * @param headings every heading with the {@code id} it carries in {@code html}
 */
public record RenderedMarkdown(String html, List<Heading> headings) {

  public RenderedMarkdown {
    Objects.requireNonNull(html, "html");
    headings = List.copyOf(headings);
  }

  /**
   * A heading for a table of contents.
   *
   * @param level 1 for {@code h1} to 6 for {@code h6}
   * @param id the fragment that links to the heading
   * @param text the heading's plain text
   */
  public record Heading(int level, String id, String text) {

    public Heading {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("Heading level must be 1 to 6, was " + level);
      }
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }
  }
}
