package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.hindsight.platform.markdown.RenderedMarkdown.Heading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  private static final String REL = " rel=\"nofollow noopener noreferrer\"";

  @Test
  void rendersGfmTables() {
    String html = RENDERER.render("| Step | Owner |\n|:-----|------:|\n| Drain | SRE |\n").html();

    assertThat(html)
        .isEqualTo(
            "<table>\n<thead>\n<tr>\n<th align=\"left\">Step</th>\n<th align=\"right\">Owner</th>\n</tr>\n"
                + "</thead>\n<tbody>\n<tr>\n<td align=\"left\">Drain</td>\n<td align=\"right\">SRE</td>\n"
                + "</tr>\n</tbody>\n</table>\n");
  }

  @Test
  void tableOfContentsMarkersBecomeTheOutline() {
    String body =
        "# Kafka lag\n\n%s\n\n## Check\n\n### Consumer groups\n\n## Fix\n\nText [TOC] inside.\n";

    for (String marker : new String[] {"[TOC]", "[[_TOC_]]", "[toc]"}) {
      String html = RENDERER.render(body.formatted(marker)).html();

      assertThat(html)
          .as(marker)
          .contains(
              "<ul>\n<li><a href=\"#kafka-lag\"%1$s>Kafka lag</a>\n<ul>\n<li><a href=\"#check\"%1$s>Check</a>\n<ul>\n<li><a href=\"#consumer-groups\"%1$s>Consumer groups</a></li>\n</ul>\n</li>\n<li><a href=\"#fix\"%1$s>Fix</a></li>\n</ul>\n</li>\n</ul>"
                  .formatted(REL))
          .doesNotContain("<p>" + marker.replace("_", "") + "</p>")
          .contains("Text [TOC] inside.");
    }
    assertThat(RENDERER.render("[TOC]\n\nNo headings.\n").html())
        .isEqualTo("<p>No headings.</p>\n");
  }

  @Test
  void givesHeadingsIdsAndListsThem() {
    RenderedMarkdown rendered =
        RENDERER.render(
            "# Node recovery\n\n## Step 1: *drain* the node\n\n### Check `kubectl`\n\n## Step 1: drain the node\n");

    assertThat(rendered.html())
        .contains("<h1 id=\"node-recovery\">Node recovery</h1>")
        .contains("<h2 id=\"step-1-drain-the-node\">Step 1: <em>drain</em> the node</h2>")
        .contains("<h3 id=\"check-kubectl\">Check <code>kubectl</code></h3>")
        .contains("<h2 id=\"step-1-drain-the-node-1\">Step 1: drain the node</h2>");
    assertThat(rendered.headings())
        .containsExactly(
            new Heading(1, "node-recovery", "Node recovery"),
            new Heading(2, "step-1-drain-the-node", "Step 1: drain the node"),
            new Heading(3, "check-kubectl", "Check kubectl"),
            new Heading(2, "step-1-drain-the-node-1", "Step 1: drain the node"));
  }

  @Test
  void listedHeadingIdsAreTheIdsInTheHtml() {
    RenderedMarkdown rendered =
        RENDERER.render(
            "Überblick\n=========\n\n## Über **alles** & mehr!\n\n## \n\n## [Link](./x.md) `a_b`\n\n"
                + "> ## Quoted\n\n- ## In a list\n\n## Überblick\n");

    assertThat(rendered.headings()).hasSize(7);
    Pattern ids = Pattern.compile("<h[1-6] id=\"([^\"]*)\"");
    assertThat(ids.matcher(rendered.html()).results().map(match -> match.group(1)))
        .containsExactlyElementsOf(rendered.headings().stream().map(Heading::id).toList());
  }

  @Test
  void rendersTaskListsAsDisabledCheckboxes() {
    String html = RENDERER.render("- [x] Page the on-call lead\n- [ ] Open a post-mortem\n").html();

    assertThat(html)
        .isEqualTo(
            "<ul>\n<li><input type=\"checkbox\" disabled=\"\" checked=\"\"> Page the on-call lead</li>\n"
                + "<li><input type=\"checkbox\" disabled=\"\"> Open a post-mortem</li>\n</ul>\n");
  }

  @Test
  void autolinksBareUrlsAndEmailAddresses() {
    String html =
        RENDERER
            .render("See https://status.example.com/incidents or write to ops@example.com")
            .html();

    assertThat(html)
        .isEqualTo(
            "<p>See <a href=\"https://status.example.com/incidents\""
                + REL
                + ">https://status.example.com/incidents</a> or write to"
                + " <a href=\"mailto:ops@example.com\""
                + REL
                + ">ops@example.com</a></p>\n");
  }

  @Test
  void fencedCodeKeepsItsLanguageClass() {
    String html = RENDERER.render("```bash\nsystemctl restart kubelet\n```\n").html();

    assertThat(html)
        .isEqualTo(
            "<pre tabindex=\"0\"><code class=\"language-bash\">systemctl restart kubelet\n"
                + "</code></pre>\n");
  }

  @Test
  void codeBlocksCanBeScrolledByKeyboardAlsoWhenTheDocumentIsSanitized() {
    String html =
        RENDERER
            .render("<b>raw</b>\n\n    kubectl drain node-7\n\n<pre tabindex=\"5\">x</pre>\n")
            .html();

    assertThat(html).contains("<pre tabindex=\"0\"><code>kubectl drain node-7");
    assertThat(html).doesNotContain("tabindex=\"5\"");
  }

  @Test
  void keepsHttpHttpsMailtoRelativeAndFragmentLinks() {
    String html =
        RENDERER
            .render(
                "[a](http://wiki.example.com \"Wiki\") [b](https://grafana.example.com)"
                    + " [c](mailto:oncall@example.com) [d](./node-recovery.md)"
                    + " [e](../postmortems/2024-03.md) [f](#step-2) ![g](./img/topology.png \"Topology\")")
            .html();

    assertThat(html)
        .contains("<a href=\"http://wiki.example.com\" title=\"Wiki\"" + REL + ">a</a>")
        .contains("<a href=\"https://grafana.example.com\"" + REL + ">b</a>")
        .contains("<a href=\"mailto:oncall@example.com\"" + REL + ">c</a>")
        .contains("<a href=\"./node-recovery.md\"" + REL + ">d</a>")
        .contains("<a href=\"../postmortems/2024-03.md\"" + REL + ">e</a>")
        .contains("<a href=\"#step-2\"" + REL + ">f</a>")
        .contains("<img src=\"./img/topology.png\" alt=\"g\" title=\"Topology\" />");
  }

  @Test
  void appliesTheLinkRewriterToLinksImagesAndReferences() {
    MarkdownRenderer renderer =
        MarkdownRenderer.builder()
            .linkRewriter(
                url ->
                    url.endsWith(".md") ? "/runbooks/" + url.substring(2, url.length() - 3) : url)
            .build();

    String html =
        renderer
            .render(
                "[a](./node-recovery.md) ![b](./b.png) [c][ref] https://example.com\n\n[ref]: ./disk-pressure.md")
            .html();

    assertThat(html)
        .isEqualTo(
            "<p><a href=\"/runbooks/node-recovery\""
                + REL
                + ">a</a> <img src=\"./b.png\" alt=\"b\" /> <a href=\"/runbooks/disk-pressure\""
                + REL
                + ">c</a> <a href=\"https://example.com\""
                + REL
                + ">https://example.com</a></p>\n");
  }

  @Test
  void linkRewriterSeesEveryDestination() {
    MarkdownRenderer renderer =
        MarkdownRenderer.builder().linkRewriter(url -> "https://mirror.example/" + url).build();

    assertThat(renderer.render("[a](x.md) ![b](y.png)").html())
        .contains("href=\"https://mirror.example/x.md\"")
        .contains("src=\"https://mirror.example/y.png\"");
  }

  @Test
  void keepsOrderedListStartAndLineBreaks() {
    assertThat(RENDERER.render("3. Drain\n4. Reboot  \n   then wait\n").html())
        .isEqualTo("<ol start=\"3\">\n<li>Drain</li>\n<li>Reboot<br />\nthen wait</li>\n</ol>\n");
  }

  @Test
  void rendersTheRunbookIndex() throws IOException {
    RenderedMarkdown rendered = RENDERER.render(fixture("runbooks-index.md"));
    String html = rendered.html();

    assertThat(html)
        .contains("<th>Runbook</th>\n<th>Purpose</th>\n<th>Severity</th>\n<th>Last Updated</th>")
        .contains(
            "<td><a href=\"./node-recovery.md\""
                + REL
                + ">Node recovery</a></td>\n<td>Bring a failed worker node back into the cluster</td>\n"
                + "<td>SEV2</td>\n<td>2024-03-18</td>")
        .contains("<li><strong>CloudWatch:</strong> AWS Console â†’ CloudWatch</li>")
        .contains("<li><strong>Dashboards:</strong> Grafana → Platform → Cluster health</li>");
    assertThat(Pattern.compile("<tr>").matcher(html).results()).hasSize(6);
    assertThat(Pattern.compile("<a href=\"\\./[a-z-]+\\.md\"").matcher(html).results()).hasSize(5);
    assertThat(rendered.headings())
        .containsExactly(
            new Heading(1, "runbooks", "Runbooks"),
            new Heading(2, "index", "Index"),
            new Heading(2, "where-to-look", "Where to look"));
  }

  @Test
  void rendersNothingForAnEmptyBody() {
    RenderedMarkdown rendered = RENDERER.render("");

    assertThat(rendered.html()).isEmpty();
    assertThat(rendered.headings()).isEmpty();
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> RENDERER.render(null));
    assertThatNullPointerException()
        .isThrownBy(() -> MarkdownRenderer.builder().linkRewriter(null));
  }

  static String fixture(String name) throws IOException {
    try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("/markdown/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
