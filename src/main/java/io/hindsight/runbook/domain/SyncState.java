package io.hindsight.runbook.domain;

/** Where a repository's synchronisation stands. */
public enum SyncState {
  NEVER,
  SYNCING,
  OK,
  FAILED
}
