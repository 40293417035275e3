package io.hindsight.runbook.domain;

/**
 * How a node's bare clone of a repository with a remote stands against the commit the shared index
 * was built from. Several nodes share one index but each keeps its own clone, a cache of the
 * remote: a node that did not run the last sync may lack the clone or its newest commits.
 */
public enum CloneState {
  /** No clone on this node, or one without the branch users read. */
  MISSING,
  /** The clone has the branch but not the indexed commit (another node synced since). */
  BEHIND,
  /** The clone holds the indexed commit and the branch. */
  CURRENT;

  /**
   * @param cloneExists whether the node has a bare repository for it
   * @param holdsIndexedCommit whether that repository holds the indexed commit
   * @param hasBranch whether that repository has the branch users read
   */
  public static CloneState of(boolean cloneExists, boolean holdsIndexedCommit, boolean hasBranch) {
    if (!cloneExists || !hasBranch) {
      return cloneExists && holdsIndexedCommit ? BEHIND : MISSING;
    }
    return holdsIndexedCommit ? CURRENT : BEHIND;
  }

  /** Whether the node fetches before it serves the repository. */
  public boolean needsFetch() {
    return this != CURRENT;
  }

  /**
   * What a read gets once the node has waited for its fetch as long as a request may: the clone
   * when current, the last commit the node has while it is behind, and "try again shortly" (503
   * with Retry-After, never a 500) while a first clone runs.
   */
  public CloneAnswer answer() {
    return switch (this) {
      case CURRENT -> CloneAnswer.SERVE;
      case BEHIND -> CloneAnswer.SERVE_LAST_FETCHED;
      case MISSING -> CloneAnswer.RETRY_LATER;
    };
  }
}
