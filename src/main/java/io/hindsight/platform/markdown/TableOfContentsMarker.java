package io.hindsight.platform.markdown;

import io.hindsight.platform.markdown.RenderedMarkdown.Heading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Replaces a paragraph that is only a table-of-contents marker — {@code [TOC]} (Python-Markdown,
 * many wikis) or {@code [[_TOC_]]} (GitLab) — with the document's outline as nested lists of links
 * to its headings.
 */
final class TableOfContentsMarker {

  private static final Pattern MARKER = Pattern.compile("(?i)\\[(?:toc|\\[_?toc_?])]");

  private TableOfContentsMarker() {}

  static void expand(Node document, List<Heading> headings) {
    List<Paragraph> markers = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph paragraph) {
            if (MARKER.matcher(textOf(paragraph).strip()).matches()) {
              markers.add(paragraph);
            }
          }
        });
    for (Paragraph marker : markers) {
      if (headings.isEmpty()) {
        marker.unlink();
      } else {
        marker.insertBefore(outline(headings));
        marker.unlink();
      }
    }
  }

  private static BulletList outline(List<Heading> headings) {
    BulletList top = tightList();
    Deque<Level> open = new ArrayDeque<>();
    open.push(new Level(headings.get(0).level(), top));
    for (Heading heading : headings) {
      while (open.size() > 1 && heading.level() < open.peek().level()) {
        open.pop();
      }
      if (heading.level() > open.peek().level() && open.peek().list().getLastChild() != null) {
        BulletList nested = tightList();
        open.peek().list().getLastChild().appendChild(nested);
        open.push(new Level(heading.level(), nested));
      }
      open.peek().list().appendChild(item(heading));
    }
    return top;
  }

  private static BulletList tightList() {
    BulletList list = new BulletList();
    list.setTight(true);
    return list;
  }

  private static ListItem item(Heading heading) {
    Link link = new Link("#" + heading.id(), null);
    link.appendChild(new Text(heading.text()));
    Paragraph paragraph = new Paragraph();
    paragraph.appendChild(link);
    ListItem item = new ListItem();
    item.appendChild(paragraph);
    return item;
  }

  private static String textOf(Node paragraph) {
    StringBuilder text = new StringBuilder();
    paragraph.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text literal) {
            text.append(literal.getLiteral());
          }
        });
    return text.toString();
  }

  private record Level(int level, BulletList list) {}
}
