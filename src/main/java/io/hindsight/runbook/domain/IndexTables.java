package io.hindsight.runbook.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every index table of a repository. An index in a folder describes the files of that folder and
 * below; a runbook's row is taken from the nearest index that links it, so a sub-folder's {@code
 * README.md} speaks for its own files before the root's does.
 */
public final class IndexTables {

  private final List<IndexTable> tables;

  private IndexTables(List<IndexTable> tables) {
    this.tables =
        tables.stream()
            .sorted(
                Comparator.comparingInt((IndexTable table) -> -table.folder().length())
                    .thenComparing(table -> table.indexPath().value()))
            .toList();
  }

  public static IndexTables of(List<IndexTable> tables) {
    return new IndexTables(tables);
  }

  public static IndexTables none() {
    return new IndexTables(List.of());
  }

  /** Deepest folder first. */
  public List<IndexTable> tables() {
    return tables;
  }

  public boolean isEmpty() {
    return tables.isEmpty();
  }

  /** The row of the nearest index whose table links {@code runbook}. */
  public Optional<IndexRow> rowFor(RunbookPath runbook) {
    return tables.stream()
        .filter(table -> runbook.value().startsWith(table.folder()))
        .map(table -> table.rowFor(runbook))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * The index that should list {@code runbook}: the one in the nearest folder above it; empty when
   * no index is above it.
   */
  public Optional<IndexTable> responsibleFor(RunbookPath runbook) {
    return tables.stream().filter(table -> runbook.value().startsWith(table.folder())).findFirst();
  }
}
