package io.hindsight.platform.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a Markdown source into front matter and body. */
final class FrontMatterParser {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * Opening line, YAML, closing line; group 1 is the YAML, the match ends where the body starts.
   */
  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "\\A---[ \\t]*\\R(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)",
          Pattern.MULTILINE | Pattern.DOTALL);

  /** The opening {@code ---} is line 1. */
  private static final FrontMatterYaml YAML = new FrontMatterYaml(2);

  private FrontMatterParser() {}

  static MarkdownDocument parse(String source) {
    String text = withoutByteOrderMark(source);
    Matcher matcher = FRONT_MATTER.matcher(text);
    if (!matcher.find()) {
      return new MarkdownDocument(FrontMatter.empty(), text);
    }
    return new MarkdownDocument(YAML.read(matcher.group(1)), text.substring(matcher.end()));
  }

  private static String withoutByteOrderMark(String source) {
    return !source.isEmpty() && source.charAt(0) == BYTE_ORDER_MARK ? source.substring(1) : source;
  }
}
