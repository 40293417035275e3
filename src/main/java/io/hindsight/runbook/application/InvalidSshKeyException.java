package io.hindsight.runbook.application;

/** A private key for an {@code ssh://} remote that cannot be used; the message says why. */
public class InvalidSshKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidSshKeyException(String message) {
    super(message);
  }
}
