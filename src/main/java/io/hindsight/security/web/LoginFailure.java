package io.hindsight.security.web;

/** Why a form login failed, passed from the mechanism to the login page within one request. */
public enum LoginFailure {
  WRONG_CREDENTIALS,
  THROTTLED;

  static final String ATTRIBUTE = LoginFailure.class.getName();
}
