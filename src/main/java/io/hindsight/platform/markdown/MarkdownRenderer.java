package io.hindsight.platform.markdown;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown with GFM tables, heading ids, task lists, autolinks and table-of-contents
 * markers to sanitized HTML.
 *
 * <p>Build one and share it: instances are immutable and safe to use from any thread.
 */
public final class MarkdownRenderer {

  private final Parser parser;
  private final HtmlRenderer htmlRenderer;
  private final UnaryOperator<String> linkRewriter;

  private MarkdownRenderer(Builder builder) {
    List<Extension> extensions =
        List.of(
            TablesExtension.create(),
            HeadingAnchorExtension.create(),
            TaskListItemsExtension.create(),
            AutolinkExtension.create());
    this.parser = Parser.builder().extensions(extensions).build();
    this.htmlRenderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .attributeProviderFactory(context -> LinkDestinationRewriter.MISSING_LINKS)
            .attributeProviderFactory(context -> LinkDestinationRewriter.LINK_REL)
            .attributeProviderFactory(context -> KeyboardScrollableCode.PRE)
            .build();
    this.linkRewriter = builder.linkRewriter;
  }

  public static Builder builder() {
    return new Builder();
  }

  public RenderedMarkdown render(String markdownBody) {
    return render(markdownBody, linkRewriter);
  }

  /**
   * Renders with a link rewriter for this document only, such as one that resolves against its
   * folder.
   */
  public RenderedMarkdown render(String markdownBody, UnaryOperator<String> documentLinks) {
    return render(markdownBody, DocumentLinks.rewriting(documentLinks));
  }

  /**
   * Renders with this document's links, which may rewrite links and images differently and mark
   * links to missing targets.
   */
  public RenderedMarkdown render(String markdownBody, DocumentLinks documentLinks) {
    Objects.requireNonNull(markdownBody, "markdownBody");
    Node document = parser.parse(markdownBody);
    document.accept(new LinkDestinationRewriter(documentLinks));
    List<RenderedMarkdown.Heading> headings = HeadingOutline.of(document);
    TableOfContentsMarker.expand(document, headings);
    String rendered = htmlRenderer.render(document);
    String html = SanitizerNeed.of(document) ? HtmlSanitizer.sanitize(rendered) : rendered;
    return new RenderedMarkdown(html, headings);
  }

  public static final class Builder {

    private UnaryOperator<String> linkRewriter = UnaryOperator.identity();

    private Builder() {}

    /**
     * Rewrites the destination of every Markdown link and image before sanitizing, for example to
     * turn a relative link between runbooks into a link within the app. Links written as raw HTML
     * are not rewritten. Whatever the rewrite returns is still sanitized.
     */
    public Builder linkRewriter(UnaryOperator<String> linkRewriter) {
      this.linkRewriter = Objects.requireNonNull(linkRewriter, "linkRewriter");
      return this;
    }

    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
