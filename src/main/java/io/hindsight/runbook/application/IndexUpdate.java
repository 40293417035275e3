package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.RangeHistory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes that bring a repository's index from one commit to another: entries to write (files
 * re-read), paths to drop, whether the whole index was rebuilt, and the runbooks' histories walked
 * (whole, or since the commit they were last recorded at).
 */
public record IndexUpdate(
    String commit,
    Optional<String> previousCommit,
    boolean fullRebuild,
    List<RunbookIndexEntry> entries,
    Set<RunbookPath> removed,
    boolean wholeHistory,
    Map<RunbookPath, RangeHistory> histories) {

  public IndexUpdate {
    entries = List.copyOf(entries);
    removed = Set.copyOf(removed);
    histories = Map.copyOf(histories);
  }

  public IndexUpdate(
      String commit,
      Optional<String> previousCommit,
      boolean fullRebuild,
      List<RunbookIndexEntry> entries,
      Set<RunbookPath> removed) {
    this(commit, previousCommit, fullRebuild, entries, removed, false, Map.of());
  }

  public int filesRead() {
    return entries.size();
  }
}
