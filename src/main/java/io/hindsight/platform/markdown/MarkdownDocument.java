package io.hindsight.platform.markdown;

import java.util.Objects;

/**
 * A Markdown source split into its front matter and the body to render.
 *
 * @param frontMatter the YAML front matter, empty if the source has none
 * @param body the Markdown after the front matter
 */
public record MarkdownDocument(FrontMatter frontMatter, String body) {

  public MarkdownDocument {
    Objects.requireNonNull(frontMatter, "frontMatter");
    Objects.requireNonNull(body, "body");
  }

  /**
   * Splits off YAML front matter: a first line {@code ---}, then YAML, then a line {@code ---} or
   * {@code ...}. A source without that shape has no front matter and is all body. A leading byte
   * order mark is dropped; LF, CRLF and CR line endings are all accepted.
   *
   * @throws InvalidFrontMatterException if the front matter is not a valid YAML mapping
   */
  public static MarkdownDocument parse(String source) {
    return FrontMatterParser.parse(source);
  }
}
