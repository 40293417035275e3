package io.hindsight.platform.markdown;

import java.util.List;
import java.util.Objects;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** The text a reader sees in a Markdown body, without markup, for indexing and snippets. */
public final class MarkdownPlainText {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final TextContentRenderer RENDERER =
      TextContentRenderer.builder().extensions(EXTENSIONS).build();

  private MarkdownPlainText() {}

  public static String of(String markdownBody) {
    return RENDERER.render(PARSER.parse(Objects.requireNonNull(markdownBody, "markdownBody")));
  }
}
