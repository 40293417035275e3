package io.hindsight.runbook.domain;

import io.hindsight.platform.markdown.MarkdownPlainText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A runbook's title: its front matter's {@code title}, else its first heading as plain text (no
 * Markdown links or emphasis), else its file name (for an index page in a folder, the folder's
 * name).
 */
public final class RunbookTitle {

  private static final Pattern ATX_HEADING =
      Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");

  private RunbookTitle() {}

  public static String of(Optional<String> frontMatterTitle, String body, RunbookPath path) {
    return frontMatterTitle
        .map(String::strip)
        .filter(title -> !title.isEmpty())
        .or(() -> firstHeading(body))
        .orElseGet(() -> fromFileName(nameOf(path)));
  }

  /** An index page in a folder is named after the folder it introduces. */
  private static String nameOf(RunbookPath path) {
    if (IndexPages.isIndexPage(path) && path.directory().isPresent()) {
      String directory = path.directory().get();
      return directory.substring(directory.lastIndexOf('/') + 1);
    }
    return path.fileName();
  }

  static Optional<String> firstHeading(String body) {
    Matcher heading = ATX_HEADING.matcher(body);
    if (!heading.find()) {
      return Optional.empty();
    }
    String plain = MarkdownPlainText.of("# " + heading.group(1)).replaceAll("\\s+", " ").strip();
    return plain.isEmpty() ? Optional.of(heading.group(1).strip()) : Optional.of(plain);
  }

  static String fromFileName(String fileName) {
    String stem =
        fileName.replaceFirst("(?i)\\.md$", "").replace('-', ' ').replace('_', ' ').strip();
    return stem.isEmpty() ? fileName : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
  }
}
