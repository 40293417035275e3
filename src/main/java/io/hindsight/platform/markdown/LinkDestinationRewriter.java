package io.hindsight.platform.markdown;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;

/** Applies a rewrite to the destination of every Markdown link and image, autolinks included. */
final class LinkDestinationRewriter extends AbstractVisitor {

  private final UnaryOperator<String> rewrite;

  LinkDestinationRewriter(UnaryOperator<String> rewrite) {
    this.rewrite = Objects.requireNonNull(rewrite, "rewrite");
  }

  @Override
  public void visit(Link link) {
    link.setDestination(rewritten(link.getDestination()));
    visitChildren(link);
  }

  @Override
  public void visit(Image image) {
    image.setDestination(rewritten(image.getDestination()));
    visitChildren(image);
  }

  private String rewritten(String destination) {
    return Objects.requireNonNull(
        rewrite.apply(destination), () -> "linkRewriter returned null for " + destination);
  }
}
