package io.hindsight.runbook.domain;

import java.util.ArrayList;
import java.util.List;

/** Splits a GFM table line into cells on its unescaped pipes, as GFM does, code spans included. */
final class TableCells {

  private TableCells() {}

  static List<String> split(String line) {
    String row = line.strip();
    if (row.startsWith("|")) {
      row = row.substring(1);
    }
    if (row.endsWith("|") && !row.endsWith("\\|")) {
      row = row.substring(0, row.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
