package io.hindsight.runbook.application;

/** A change that clashes with the repository's state: key taken, sync running, stale version. */
public final class RepositoryConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RepositoryConflictException(String message) {
    super(message);
  }
}
