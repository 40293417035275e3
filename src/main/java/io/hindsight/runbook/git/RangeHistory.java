package io.hindsight.runbook.git;

import java.util.List;
import java.util.Optional;

/**
 * A runbook's commits in a range of history, newest first, and, when the range ends at an earlier
 * commit, the path the runbook had there: its history before the range is that path's.
 */
public record RangeHistory(List<HistoryEntry> entries, Optional<String> continuesAs) {

  public RangeHistory {
    entries = List.copyOf(entries);
  }
}
