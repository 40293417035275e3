package io.hindsight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One benchmark's results: printed as a table and written as a Markdown fragment. */
final class ResultTable {

  /**
   * @param ratio measured against baseline, in the direction the target is stated in
   * @param pass whether the target is met
   */
  record Row(
      String measure,
      String baseline,
      String measured,
      String ratio,
      String target,
      boolean pass) {}

  private static final String[] HEADERS = {
    "measure", "baseline", "measured", "ratio", "target", "result"
  };

  private final String title;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  ResultTable(String title) {
    this.title = title;
  }

  void add(Row row) {
    rows.add(row);
  }

  void note(String note) {
    notes.add(note);
    System.out.println("  note: " + note);
  }

  boolean allPass() {
    return rows.stream().allMatch(Row::pass);
  }

  void print() {
    List<String[]> cells = cells();
    int[] widths = new int[HEADERS.length];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder("\n== ").append(title).append(" ==\n");
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        out.append(String.format("%-" + (widths[i] + 2) + "s", line[i]));
      }
      out.append('\n');
    }
    System.out.print(out);
  }

  void writeMarkdown(Path file) throws IOException {
    StringBuilder md = new StringBuilder("### ").append(title).append("\n\n");
    List<String[]> cells = cells();
    for (int i = 0; i < cells.size(); i++) {
      md.append("| ").append(String.join(" | ", cells.get(i))).append(" |\n");
      if (i == 0) {
        md.append("|---".repeat(HEADERS.length)).append("|\n");
      }
    }
    if (!notes.isEmpty()) {
      md.append('\n');
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, md, StandardCharsets.UTF_8);
  }

  private List<String[]> cells() {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADERS);
    for (Row row : rows) {
      cells.add(
          new String[] {
            row.measure(),
            row.baseline(),
            row.measured(),
            row.ratio(),
            row.target(),
            row.pass() ? "PASS" : "FAIL"
          });
    }
    return cells;
  }
}
