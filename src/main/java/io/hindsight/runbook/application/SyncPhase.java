package io.hindsight.runbook.application;

/** What a running sync is doing. */
public enum SyncPhase {
  /** Waiting for an executor thread. */
  QUEUED,
  FETCHING,
  /** Reading files: {@link SyncProgress#done()} of {@link SyncProgress#total()}. */
  INDEXING,
  /** Walking the commits since the last sync for each runbook's history. */
  HISTORY,
  SAVING
}
