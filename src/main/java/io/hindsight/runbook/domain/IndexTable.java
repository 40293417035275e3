package io.hindsight.runbook.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runbook tables of a repository index such as its {@code README.md}: GFM tables whose header
 * names the column Runbook and at least one of Purpose, Severity and Last Updated, in any order and
 * case, next to any other columns. Several such tables in one file (one per team, say) give one
 * list of rows. Links are resolved against the index file's folder as the renderer resolves them:
 * {@code ./node-recovery.md}, {@code node-recovery.md}, {@code %20} escapes, {@code ../}, and an
 * anchor or query left off.
 */
public final class IndexTable {

  private static final List<String> COLUMNS =
      List.of("runbook", "purpose", "severity", "last updated");
  private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");
  private static final Pattern LINK =
      Pattern.compile(
          "\\[((?:\\\\.|[^\\]\\\\])*)]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private final RunbookPath indexPath;
  private final List<IndexRow> rows;
  private final List<String> header;

  private IndexTable(RunbookPath indexPath, List<IndexRow> rows, List<String> header) {
    this.indexPath = indexPath;
    this.rows = List.copyOf(rows);
    this.header = List.copyOf(header);
  }

  /** The runbook tables of {@code markdown} as one; empty when it has none. */
  public static Optional<IndexTable> parse(RunbookPath indexPath, String markdown) {
    Objects.requireNonNull(indexPath, "indexPath");
    String[] lines = markdown.split("\\r\\n|\\r|\\n", -1);
    List<IndexRow> rows = new ArrayList<>();
    List<String> firstHeader = null;
    String fence = null;
    for (int i = 0; i + 1 < lines.length; i++) {
      Matcher opening = FENCE.matcher(lines[i]);
      if (opening.find()) {
        String marker = opening.group(1);
        if (fence == null) {
          fence = marker;
        } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
          fence = null;
        }
        continue;
      }
      if (fence != null) {
        continue;
      }
      Optional<Map<String, Integer>> columns = header(lines[i]);
      if (columns.isPresent() && isDelimiterRow(lines[i + 1])) {
        if (firstHeader == null) {
          firstHeader = TableCells.split(lines[i]).stream().map(String::strip).toList();
        }
        List<IndexRow> table = rows(indexPath, lines, i + 2, columns.get());
        rows.addAll(table);
        i += 1 + table.size();
      }
    }
    return firstHeader == null
        ? Optional.empty()
        : Optional.of(new IndexTable(indexPath, rows, firstHeader));
  }

  public RunbookPath indexPath() {
    return indexPath;
  }

  public List<IndexRow> rows() {
    return rows;
  }

  /** The folder whose files the index describes, with a trailing slash; empty for the root. */
  public String folder() {
    return indexPath.directory().map(directory -> directory + "/").orElse("");
  }

  /**
   * The line to add to the table for a runbook it leaves out, its cells in the order of the first
   * table's columns; columns lint cannot fill are left blank.
   */
  public String rowToAdd(
      RunbookPath runbook,
      String title,
      Optional<String> purpose,
      Optional<String> severity,
      Optional<String> lastUpdated) {
    String link = "./" + runbook.value().substring(folder().length());
    List<String> cells = new ArrayList<>();
    for (String column : header) {
      String cell =
          switch (normalized(column)) {
            case "runbook" ->
                "["
                    + title.replace("[", "\\[").replace("]", "\\]")
                    + "]("
                    + link.replace(" ", "%20")
                    + ")";
            case "purpose" -> purpose.orElse("");
            case "severity" -> severity.orElse("");
            case "last updated" -> lastUpdated.orElse("");
            default -> "";
          };
      cells.add(cell.replace("|", "\\|"));
    }
    return "| " + String.join(" | ", cells) + " |";
  }

  /** The row whose link names {@code runbook}. */
  public Optional<IndexRow> rowFor(RunbookPath runbook) {
    return rows.stream().filter(row -> row.target().equals(Optional.of(runbook))).findFirst();
  }

  private static Optional<Map<String, Integer>> header(String line) {
    if (!line.contains("|")) {
      return Optional.empty();
    }
    List<String> cells = TableCells.split(line);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = normalized(cells.get(i));
      if (COLUMNS.contains(name)) {
        positions.putIfAbsent(name, i);
      }
    }
    return positions.containsKey("runbook") && positions.size() > 1
        ? Optional.of(positions)
        : Optional.empty();
  }

  private static String normalized(String column) {
    return column.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean isDelimiterRow(String line) {
    if (!line.contains("-")) {
      return false;
    }
    List<String> cells = TableCells.split(line);
    return !cells.isEmpty()
        && cells.stream().allMatch(cell -> DELIMITER_CELL.matcher(cell.strip()).matches());
  }

  private static List<IndexRow> rows(
      RunbookPath indexPath, String[] lines, int first, Map<String, Integer> columns) {
    List<IndexRow> rows = new ArrayList<>();
    for (int i = first; i < lines.length && !lines[i].isBlank() && lines[i].contains("|"); i++) {
      List<String> cells = TableCells.split(lines[i]);
      rows.add(row(indexPath, cells, columns, i + 1));
    }
    return rows;
  }

  private static IndexRow row(
      RunbookPath indexPath, List<String> cells, Map<String, Integer> columns, int line) {
    String runbook = cell(cells, columns.get("runbook")).orElse("");
    Matcher link = LINK.matcher(runbook);
    boolean linked = link.find();
    String title = linked ? unescape(link.group(1)).strip() : runbook;
    Optional<String> destination =
        linked ? Optional.of(link.group(2)).filter(d -> !d.isEmpty()) : Optional.empty();
    Optional<String> lastUpdated = cell(cells, columns.get("last updated"));
    return new IndexRow(
        title,
        destination,
        destination.flatMap(d -> target(indexPath, d)),
        cell(cells, columns.get("purpose")),
        cell(cells, columns.get("severity")).flatMap(RunbookSeverity::parse),
        lastUpdated.flatMap(LenientDate::parse),
        lastUpdated,
        line);
  }

  private static Optional<RunbookPath> target(RunbookPath indexPath, String destination) {
    return RelativeLink.resolve(indexPath, destination)
        .flatMap(RelativeLink.Resolution::link)
        .flatMap(RelativeLink::path)
        .flatMap(RunbookPath::parse);
  }

  private static Optional<String> cell(List<String> cells, Integer index) {
    return index != null && index < cells.size()
        ? Optional.of(cells.get(index).strip()).filter(text -> !text.isEmpty())
        : Optional.empty();
  }

  private static String unescape(String text) {
    return text.replaceAll("\\\\(.)", "$1");
  }
}
