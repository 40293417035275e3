package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.SyncFailure;

/**
 * A synchronisation that could not finish, with its category; the message is Hindsight's own, for
 * admins, and names no secret.
 */
public final class SyncFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final SyncFailure failure;

  public SyncFailedException(SyncFailure failure, String message) {
    super(message);
    this.failure = failure;
  }

  public SyncFailure failure() {
    return failure;
  }
}
