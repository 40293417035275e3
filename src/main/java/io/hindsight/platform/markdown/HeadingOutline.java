package io.hindsight.platform.markdown;

import io.hindsight.platform.markdown.RenderedMarkdown.Heading;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Lists a document's headings with the ids {@code HeadingAnchorExtension} gives them.
 *
 * <p>The extension assigns ids while rendering and does not expose them, so this class derives them
 * the same way: the heading's text and code literals, trimmed and lower-cased, through a fresh
 * {@link IdGenerator} per document, in document order.
 */
final class HeadingOutline extends AbstractVisitor {

  private final IdGenerator ids = IdGenerator.builder().build();
  private final List<Heading> headings = new ArrayList<>();

  private HeadingOutline() {}

  static List<Heading> of(Node document) {
    HeadingOutline outline = new HeadingOutline();
    document.accept(outline);
    return List.copyOf(outline.headings);
  }

  @Override
  public void visit(org.commonmark.node.Heading heading) {
    String text = plainText(heading).trim();
    String id = ids.generateId(text.toLowerCase()); // default locale, as the extension does
    headings.add(new Heading(heading.getLevel(), id, text));
  }

  private static String plainText(Node heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text literal) {
            text.append(literal.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
    return text.toString();
  }
}
