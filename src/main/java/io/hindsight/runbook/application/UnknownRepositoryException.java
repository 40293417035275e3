package io.hindsight.runbook.application;

/** A repository key Hindsight does not know. */
public final class UnknownRepositoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownRepositoryException(String message) {
    super(message);
  }
}
