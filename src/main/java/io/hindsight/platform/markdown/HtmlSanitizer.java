package io.hindsight.platform.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered Markdown document passes through: the elements Markdown produces,
 * links and images to http, https, mailto or relative URLs, and nothing that runs script.
 */
final class HtmlSanitizer {

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  static final String LINK_REL = "nofollow noopener noreferrer";

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowUrlProtocols("http", "https", "mailto")
          .allowElements(HEADINGS)
          .allowElements(
              "p",
              "a",
              "img",
              "ul",
              "ol",
              "li",
              "blockquote",
              "pre",
              "code",
              "em",
              "strong",
              "del",
              "hr",
              "br",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td")
          .allowAttributes("id")
          .onElements(HEADINGS)
          .allowAttributes("href", "title")
          .onElements("a")
          .allowAttributes("src", "alt", "title")
          .onElements("img")
          .allowAttributes("tabindex")
          .matching(true, KeyboardScrollableCode.TABINDEX)
          .onElements("pre")
          .allowAttributes("start")
          .matching(NUMBER)
          .onElements("ol")
          .allowAttributes("class")
          .matching(LANGUAGE_CLASS)
          .onElements("code")
          .allowAttributes("class")
          .matching(true, LinkDestinationRewriter.MISSING_CLASS)
          .onElements("a")
          .allowAttributes("align")
          .matching(true, "left", "center", "right")
          .onElements("th", "td")
          .allowAttributes("type")
          .matching(true, "checkbox")
          .onElements("input")
          .allowAttributes("checked", "disabled")
          .onElements("input")
          .allowElements(HtmlSanitizer::disabledCheckbox, "input")
          .allowElements(HtmlSanitizer::linkWithRel, "a")
          .toFactory();

  private HtmlSanitizer() {}

  static String sanitize(String html) {
    return POLICY.sanitize(html);
  }

  /**
   * Keeps an {@code a} only if it still has an {@code href}, and sets its {@code rel}. Done here
   * rather than with {@code requireRelsOnLinks}, whose token order varies between runs.
   */
  private static String linkWithRel(String element, List<String> attributes) {
    if (value(attributes, "href") == null) {
      return null;
    }
    attributes.add("rel");
    attributes.add(LINK_REL);
    return element;
  }

  /** Keeps an {@code input} only as a read-only checkbox, as task lists render it. */
  private static String disabledCheckbox(String element, List<String> attributes) {
    if (!"checkbox".equalsIgnoreCase(value(attributes, "type"))) {
      return null;
    }
    if (value(attributes, "disabled") == null) {
      attributes.add("disabled");
      attributes.add("disabled");
    }
    return element;
  }

  /** Attributes come as a flat list of alternating names and values. */
  private static String value(List<String> attributes, String name) {
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return attributes.get(i + 1);
      }
    }
    return null;
  }
}
