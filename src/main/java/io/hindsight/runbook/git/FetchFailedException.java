package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.SyncFailure;

/**
 * A fetch that failed, with its category; the message is Hindsight's own, never the library's, so
 * that it can be shown to admins.
 */
public final class FetchFailedException extends GitAccessException {

  private static final long serialVersionUID = 1L;

  private final SyncFailure failure;

  FetchFailedException(SyncFailure failure, String message) {
    super(message);
    this.failure = failure;
  }

  FetchFailedException(SyncFailure failure, String message, Throwable cause) {
    super(message, cause);
    this.failure = failure;
  }

  public SyncFailure failure() {
    return failure;
  }
}
