package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentLinksRenderingTest {

  private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

  private final DocumentLinks links =
      new DocumentLinks() {
        @Override
        public LinkTarget link(String destination) {
          return destination.startsWith("gone")
              ? LinkTarget.missing(destination, "No file " + destination + " <here>")
              : LinkTarget.to("/app/" + destination);
        }

        @Override
        public String image(String destination) {
          return "/files?path=" + destination;
        }
      };

  @Test
  void linksToMissingTargetsAreMarkedWithTheReasonAsTitle() {
    String html = renderer.render("[old](gone.md) and [new](here.md)", links).html();

    assertThat(html)
        .contains("class=\"missing-link\"")
        .contains("title=\"No file gone.md &lt;here&gt;\"")
        .contains("href=\"/app/here.md\"")
        .doesNotContain("\u0000");
    assertThat(html.indexOf("missing-link")).isLessThan(html.indexOf("/app/here.md"));
    assertThat(html.split("missing-link", -1)).hasSize(2);
  }

  @Test
  void imagesAreRewrittenApartFromLinks() {
    String html = renderer.render("![diagram](img/flow.png)", links).html();

    assertThat(html).contains("src=\"/files?path=img/flow.png\"").doesNotContain("/app/");
  }

  @Test
  void authorsCannotForgeTheMissingMarker() {
    String html =
        renderer
            .render("[x](ok.md \"\u0000missing-link\u0000fake\")", DocumentLinks.rewriting(d -> d))
            .html();

    assertThat(html).doesNotContain("class=\"missing-link\"");
  }

  @Test
  void aPlainRewriteMarksNothing() {
    String html = renderer.render("[a](b.md)", d -> "/x/" + d).html();

    assertThat(html).contains("href=\"/x/b.md\"").doesNotContain("missing-link");
  }
}
