package io.hindsight.platform.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The headings and link destinations of a Markdown body, with the line each is on, without
 * rendering. Heading ids are the ones {@link MarkdownRenderer} gives the same body.
 */
public final class MarkdownStructure {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final List<OutlineHeading> headings;
  private final List<OutlineLink> links;

  private MarkdownStructure(List<OutlineHeading> headings, List<OutlineLink> links) {
    this.headings = List.copyOf(headings);
    this.links = List.copyOf(links);
  }

  public static MarkdownStructure of(String markdownBody) {
    Node document = PARSER.parse(Objects.requireNonNull(markdownBody, "markdownBody"));
    List<RenderedMarkdown.Heading> ids = HeadingOutline.of(document);
    Collector collector = new Collector();
    document.accept(collector);
    List<OutlineHeading> headings = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      RenderedMarkdown.Heading heading = ids.get(i);
      headings.add(
          new OutlineHeading(
              heading.level(), heading.id(), heading.text(), collector.headingLines.get(i)));
    }
    return new MarkdownStructure(headings, collector.links);
  }

  /** Every heading in document order. */
  public List<OutlineHeading> headings() {
    return headings;
  }

  /** Every link and image destination in document order, as written. */
  public List<OutlineLink> links() {
    return links;
  }

  /**
   * A heading.
   *
   * @param line the line of the body it starts on, counting from 1
   */
  public record OutlineHeading(int level, String id, String text, int line) {}

  /**
   * A link or image destination.
   *
   * @param line the line of the body it is on, counting from 1
   */
  public record OutlineLink(String destination, int line, boolean image) {}

  private static final class Collector extends AbstractVisitor {

    private final List<Integer> headingLines = new ArrayList<>();
    private final List<OutlineLink> links = new ArrayList<>();

    @Override
    public void visit(Heading heading) {
      headingLines.add(lineOf(heading));
      visitChildren(heading);
    }

    @Override
    public void visit(Link link) {
      links.add(new OutlineLink(link.getDestination(), lineOf(link), false));
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      links.add(new OutlineLink(image.getDestination(), lineOf(image), true));
      visitChildren(image);
    }

    private static int lineOf(Node node) {
      for (Node at = node; at != null; at = at.getParent()) {
        List<SourceSpan> spans = at.getSourceSpans();
        if (!spans.isEmpty()) {
          return spans.get(0).getLineIndex() + 1;
        }
      }
      return 1;
    }
  }
}
