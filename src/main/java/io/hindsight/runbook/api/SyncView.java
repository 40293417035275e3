package io.hindsight.runbook.api;

import io.hindsight.runbook.application.SyncOutcome;

/** The result of one sync. */
public record SyncView(
    String repository,
    String commit,
    String previousCommit,
    boolean fullRebuild,
    int filesRead,
    int filesRemoved) {

  static SyncView of(SyncOutcome outcome) {
    return new SyncView(
        outcome.repository().value(),
        outcome.commit().orElse(null),
        outcome.previousCommit().orElse(null),
        outcome.fullRebuild(),
        outcome.filesRead(),
        outcome.filesRemoved());
  }
}
