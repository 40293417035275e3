package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The changes that bring a repository's index from one commit to another: entries to write (files
 * re-read), paths to drop, and whether the whole index was rebuilt.
 */
public record IndexUpdate(
    String commit,
    Optional<String> previousCommit,
    boolean fullRebuild,
    List<RunbookIndexEntry> entries,
    Set<RunbookPath> removed) {

  public IndexUpdate {
    entries = List.copyOf(entries);
    removed = Set.copyOf(removed);
  }

  public int filesRead() {
    return entries.size();
  }
}
