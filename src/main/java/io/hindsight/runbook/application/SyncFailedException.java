package io.hindsight.runbook.application;

/** A synchronisation that could not finish; the message is safe to show and names no secret. */
public final class SyncFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SyncFailedException(String message) {
    super(message);
  }
}
