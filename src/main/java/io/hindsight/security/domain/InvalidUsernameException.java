package io.hindsight.security.domain;

/** Thrown for a malformed username; the message never echoes the input and is safe to show. */
public final class InvalidUsernameException extends IllegalArgumentException {

  public InvalidUsernameException(String message) {
    super(message);
  }
}
