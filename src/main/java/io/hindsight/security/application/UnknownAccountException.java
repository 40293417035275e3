package io.hindsight.security.application;

import io.hindsight.security.domain.Username;

/** No account has this user name. */
public final class UnknownAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownAccountException(Username username) {
    super("There is no user " + username.value() + ".");
  }
}
