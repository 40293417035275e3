package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RunbookRepository;
import java.util.Optional;

/**
 * Whether a node's snapshot of a repository may be written to what every node shares (the search
 * index, the catalog's lint columns): only a snapshot at the commit the index table holds, so that
 * a node whose clone is behind the index, or ahead of it while a sync is under way, never replaces
 * the shared data with another commit's. A repository never indexed has no such commit, and any
 * snapshot of it may be written.
 */
final class SharedSnapshot {

  private SharedSnapshot() {}

  static boolean isAtIndexedCommit(
      RepositorySnapshot snapshot, Optional<RunbookRepository> registered) {
    return isAtIndexedCommit(
        snapshot.commitId(), registered.flatMap(RunbookRepository::indexedCommit));
  }

  static boolean isAtIndexedCommit(String snapshotCommit, Optional<String> indexedCommit) {
    return indexedCommit.map(snapshotCommit::equals).orElse(true);
  }
}
