package io.hindsight.runbook.application;

import io.hindsight.platform.search.SearchDocuments;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookSearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes this node's snapshots of runbook repositories to the search index every node shares: each
 * snapshot once on this node, and only one at the commit the index table holds ({@link
 * SharedSnapshot}), since a node whose clone lags behind the index (its fetch still running) would
 * otherwise replace another node's newer documents with older ones.
 */
@ApplicationScoped
public class RunbookSearchIndex {

  private static final Logger LOG = Logger.getLogger(RunbookSearchIndex.class.getName());

  @Inject RunbookRepositories repositories;
  @Inject SearchDocuments documents;

  /** The snapshot (commit and folder) of each repository this node wrote to the search index. */
  private final Map<RepositoryKey, String> shared = new ConcurrentHashMap<>();

  void share(RepositoryKey key, RepositorySnapshot snapshot) {
    String mark = snapshot.commitId() + ":" + snapshot.folder().value();
    if (mark.equals(shared.get(key))) {
      return;
    }
    if (!SharedSnapshot.isAtIndexedCommit(snapshot, repositories.registered(key))) {
      LOG.fine(() -> "Search index of " + key + " left to the node at the indexed commit");
      return;
    }
    write(key, snapshot);
    shared.put(key, mark);
  }

  /**
   * Writes the runbooks of a snapshot to the shared search index, only those that changed. A
   * failure (another node writing the same runbooks at once) leaves the index to the next snapshot.
   */
  private void write(RepositoryKey key, RepositorySnapshot snapshot) {
    try {
      int written =
          documents.replaceScope(
              RunbookSearchText.KIND,
              key.value(),
              snapshot.searchable().stream().map(RunbookSearchText::of).toList());
      LOG.fine(() -> "Search index of " + key + ": " + written + " runbooks written or removed");
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Search index of runbook repository " + key + " not written", failed);
    }
  }
}
