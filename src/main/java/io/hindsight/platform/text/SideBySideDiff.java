package io.hindsight.platform.text;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;

/**
 * Two texts line by line, side by side: each row holds the old and the new line as HTML, the text
 * escaped and the changed words wrapped in {@code <del>} (old side) or {@code <ins>} (new side).
 */
public final class SideBySideDiff {

  /** What happened to one line: {@code same}, {@code added}, {@code removed} or {@code changed}. */
  public record Row(String kind, String oldHtml, String newHtml) {}

  private static final DiffRowGenerator GENERATOR =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .mergeOriginalRevised(false)
          .lineNormalizer(SideBySideDiff::escape)
          .oldTag(start -> start ? "<del>" : "</del>")
          .newTag(start -> start ? "<ins>" : "</ins>")
          .build();

  private SideBySideDiff() {}

  public static List<Row> between(String before, String after) {
    return GENERATOR.generateDiffRows(before.lines().toList(), after.lines().toList()).stream()
        .map(SideBySideDiff::row)
        .toList();
  }

  /** The line as HTML text, before any tag is added: the diff never passes markup through. */
  private static String escape(String line) {
    StringBuilder html = new StringBuilder(line.length() + 16);
    for (char c : line.toCharArray()) {
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        case '\t' -> html.append("    ");
        default -> html.append(c);
      }
    }
    return html.toString();
  }

  private static Row row(DiffRow row) {
    String kind =
        switch (row.getTag()) {
          case EQUAL -> "same";
          case INSERT -> "added";
          case DELETE -> "removed";
          case CHANGE -> "changed";
        };
    return new Row(kind, row.getOldLine(), row.getNewLine());
  }
}
