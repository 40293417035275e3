package io.hindsight.runbook.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a repository's runbook index table.
 *
 * @param title the link text of the runbook cell, or the whole cell when it holds no link
 * @param link the link destination as written, empty when the cell holds no link
 * @param target the runbook the link names, resolved against the index file's folder
 * @param purpose the purpose cell, empty when blank
 * @param severity the severity cell, empty when blank
 * @param lastUpdated the "Last Updated" cell as a date, empty when blank or unreadable
 * @param lastUpdatedText the "Last Updated" cell as written, empty when blank
 * @param line the line of the index file the row is on, counting from 1
 */
public record IndexRow(
    String title,
    Optional<String> link,
    Optional<RunbookPath> target,
    Optional<String> purpose,
    Optional<RunbookSeverity> severity,
    Optional<LocalDate> lastUpdated,
    Optional<String> lastUpdatedText,
    int line) {

  public IndexRow {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    Objects.requireNonNull(lastUpdatedText, "lastUpdatedText");
  }
}
