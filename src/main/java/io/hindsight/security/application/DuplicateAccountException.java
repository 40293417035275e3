package io.hindsight.security.application;

import io.hindsight.security.domain.Username;

/** An account with this user name exists already. */
public final class DuplicateAccountException extends AccountException {

  private static final long serialVersionUID = 1L;

  public DuplicateAccountException(Username username) {
    super("A user named " + username.value() + " already exists.");
  }
}
