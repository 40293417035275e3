package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownSanitizingTest {

  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  /** A tag carrying an event handler attribute, however it is separated from the tag name. */
  private static final Pattern HANDLER_IN_TAG =
      Pattern.compile("<[^>]*[\\s/\"']on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  private static final Pattern URL_ATTRIBUTE =
      Pattern.compile("\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  /** http, https, mailto, or no scheme at all (relative, including fragment-only). */
  private static final Pattern ALLOWED_URL =
      Pattern.compile("(?:https?:|mailto:|[^:/?#]*(?:[/?#]|$)).*", Pattern.CASE_INSENSITIVE);

  private static final List<String> FORBIDDEN_TAGS =
      List.of("<script", "<style", "<iframe", "<svg", "<object", "<embed", "<form");

  private static final List<String> FORBIDDEN_SCHEMES =
      List.of("javascript:", "vbscript:", "data:", "javascri");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[x](javascript:alert(1))",
        "[x](jaVasCript:alert(1))",
        "[x](javascri%0Apt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x]: javascript:alert(1)\n\n[y][x]",
        "<script>alert(1)</script>",
        "<svg/onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<img src=x onerror=alert(1)>",
        "[x](&#106;avascript:alert(1))",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "![x](javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](java&#x09;script:alert(1))",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<object data=\"https://evil.example/x.swf\"></object>",
        "<h2 id=\"x\" onclick=\"alert(1)\">x</h2>",
        "<style>p { color: red }</style>",
        "text <script>alert(1)</script> more",
        "<form action=\"https://evil.example\"><input type=\"password\"></form>",
      })
  void nothingExecutableSurvives(String markdown) {
    String html = RENDERER.render(markdown).html();

    for (String tag : FORBIDDEN_TAGS) {
      assertThat(html).as("rendered %s", markdown).doesNotContainIgnoringCase(tag);
    }
    for (String scheme : FORBIDDEN_SCHEMES) {
      assertThat(html).as("rendered %s", markdown).doesNotContainIgnoringCase(scheme);
    }
    assertThat(HANDLER_IN_TAG.matcher(html).find()).as("event handler in %s", html).isFalse();
    assertThat(urlsIn(html)).allSatisfy(url -> assertThat(url).matches(ALLOWED_URL));
  }

  static Stream<Arguments> harmlessTextRemains() {
    return Stream.of(
        Arguments.of("Click [here](javascript:alert(1)) now", "<p>Click here now</p>\n"),
        Arguments.of("[the docs](jaVasCript:alert(1))", "<p>the docs</p>\n"),
        Arguments.of("[x]: javascript:alert(1)\n\nsee [y][x]", "<p>see y</p>\n"),
        Arguments.of("<a href=\"javascript:alert(1)\">x</a>", "<p>x</p>\n"),
        Arguments.of("<img src=x onerror=alert(1)>", "<img src=\"x\" />\n"),
        Arguments.of("before <script>alert(1)</script> after", "<p>before  after</p>\n"),
        Arguments.of(
            "before <iframe src=\"https://e.example\"></iframe> after", "<p>before  after</p>\n"),
        Arguments.of("<svg/onload=alert(1)>", "<p>&lt;svg/onload=alert(1)&gt;</p>\n"),
        Arguments.of("<h2 id=\"x\" onclick=\"alert(1)\">Title</h2>", "<h2 id=\"x\">Title</h2>\n"));
  }

  @ParameterizedTest
  @MethodSource
  void harmlessTextRemains(String markdown, String expectedHtml) {
    assertThat(RENDERER.render(markdown).html()).isEqualTo(expectedHtml);
  }

  @Test
  void linksGetNofollowNoopenerNoreferrer() {
    assertThat(RENDERER.render("[status](https://status.example.com)").html())
        .isEqualTo(
            "<p><a href=\"https://status.example.com\" rel=\"nofollow noopener noreferrer\">"
                + "status</a></p>\n");
  }

  @Test
  void rawLinksLoseTheirOwnRelAndTargetAndAnchorsWithoutHrefBecomeText() {
    String html =
        RENDERER
            .render(
                "<a href=\"https://example.com\" rel=\"opener\" target=\"_blank\">a</a>"
                    + " <a name=\"top\">b</a>")
            .html();

    assertThat(html)
        .isEqualTo(
            "<p><a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\">a</a>"
                + " b</p>\n");
  }

  @Test
  void rawHtmlInputsSurviveOnlyAsDisabledCheckboxes() {
    String html =
        RENDERER
            .render("<input type=\"text\" value=\"x\"> <input type=\"checkbox\" checked>")
            .html();

    assertThat(html)
        .isEqualTo(
            "<p> <input type=\"checkbox\" checked=\"checked\" disabled=\"disabled\" /></p>\n");
  }

  @Test
  void codeKeepsOnlyLanguageClasses() {
    String html =
        RENDERER
            .render("<code class=\"language-js evil\">a</code> <code class=\"x\">b</code>")
            .html();

    assertThat(html).isEqualTo("<p><code>a</code> <code>b</code></p>\n");
  }

  @Test
  void rewrittenLinksAreStillSanitized() {
    MarkdownRenderer renderer =
        MarkdownRenderer.builder().linkRewriter(url -> "javascript:alert(1)").build();

    assertThat(renderer.render("[x](./node-recovery.md)").html()).isEqualTo("<p>x</p>\n");
  }

  private static List<String> urlsIn(String html) {
    return URL_ATTRIBUTE.matcher(html).results().map(match -> match.group(1)).toList();
  }
}
