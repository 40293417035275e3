package io.hindsight.platform.markdown;

import java.util.Map;
import java.util.Objects;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Applies a document's {@link DocumentLinks} to every Markdown link and image, autolinks included.
 * A link to nothing carries its reason in the title behind {@link #MISSING}, which Markdown input
 * cannot contain (the parser replaces NUL), until {@link #MISSING_LINKS} turns it into the title
 * and class of the {@code a} element.
 */
final class LinkDestinationRewriter extends AbstractVisitor {

  static final String MISSING = "\u0000missing-link\u0000";
  static final String MISSING_CLASS = "missing-link";

  static final AttributeProvider MISSING_LINKS =
      (Node node, String tagName, Map<String, String> attributes) -> {
        String title = attributes.get("title");
        if (node instanceof Link && title != null && title.startsWith(MISSING)) {
          attributes.put("title", title.substring(MISSING.length()));
          attributes.put("class", MISSING_CLASS);
        }
      };

  /** The rel of every link, the same the sanitizer sets. */
  static final AttributeProvider LINK_REL =
      (Node node, String tagName, Map<String, String> attributes) -> {
        if (node instanceof Link) {
          attributes.put("rel", HtmlSanitizer.LINK_REL);
        }
      };

  private final DocumentLinks links;

  LinkDestinationRewriter(DocumentLinks links) {
    this.links = Objects.requireNonNull(links, "links");
  }

  @Override
  public void visit(Link link) {
    String destination = link.getDestination();
    DocumentLinks.LinkTarget target =
        Objects.requireNonNull(
            links.link(destination), () -> "links returned null for " + destination);
    link.setDestination(target.destination());
    target.missing().ifPresent(reason -> link.setTitle(MISSING + reason));
    visitChildren(link);
  }

  @Override
  public void visit(Image image) {
    String destination = image.getDestination();
    image.setDestination(
        Objects.requireNonNull(
            links.image(destination), () -> "links returned null for " + destination));
    visitChildren(image);
  }
}
