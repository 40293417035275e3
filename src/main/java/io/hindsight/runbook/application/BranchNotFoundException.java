package io.hindsight.runbook.application;

/** The requested branch does not exist in a runbook repository that has other refs. */
public final class BranchNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BranchNotFoundException(String message) {
    super(message);
  }
}
