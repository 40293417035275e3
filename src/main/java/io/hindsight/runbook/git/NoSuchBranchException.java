package io.hindsight.runbook.git;

/** The branch asked for is not in a repository that has other refs. */
public final class NoSuchBranchException extends GitAccessException {

  private static final long serialVersionUID = 1L;

  NoSuchBranchException(String message) {
    super(message);
  }
}
