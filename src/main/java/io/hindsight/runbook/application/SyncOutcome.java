package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.SyncFailure;
import java.util.Optional;

/**
 * How one sync of a repository ended: the indexed commit and what changed, or the failure's
 * category (for everyone) and the error (for admins).
 */
public record SyncOutcome(
    RepositoryKey repository,
    Optional<String> commit,
    Optional<String> previousCommit,
    boolean fullRebuild,
    int filesRead,
    int filesRemoved,
    Optional<SyncFailure> failure,
    Optional<String> error) {

  static SyncOutcome of(RepositoryKey key, IndexUpdate update) {
    return new SyncOutcome(
        key,
        Optional.of(update.commit()),
        update.previousCommit(),
        update.fullRebuild(),
        update.filesRead(),
        update.removed().size(),
        Optional.empty(),
        Optional.empty());
  }

  static SyncOutcome failed(RepositoryKey key, SyncFailure failure, String error) {
    return new SyncOutcome(
        key,
        Optional.empty(),
        Optional.empty(),
        false,
        0,
        0,
        Optional.of(failure),
        Optional.of(error));
  }

  public boolean succeeded() {
    return error.isEmpty();
  }
}
