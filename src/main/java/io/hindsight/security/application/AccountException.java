package io.hindsight.security.application;

/** An account change refused for a reason the user can act on; the message is safe to show. */
public class AccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccountException(String message) {
    super(message);
  }
}
