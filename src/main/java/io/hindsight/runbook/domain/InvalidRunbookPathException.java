package io.hindsight.runbook.domain;

/** A string that cannot name a runbook; the message is safe to show to the user. */
public final class InvalidRunbookPathException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidRunbookPathException(String message) {
    super(message);
  }
}
