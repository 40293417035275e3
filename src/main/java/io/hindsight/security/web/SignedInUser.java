package io.hindsight.security.web;

import java.io.Serializable;

/**
 * Who is signed in to this browser session, kept in the session after a successful login. Only the
 * name: roles and the enabled flag are read from the database on every request, so that a change
 * takes effect at once.
 */
public record SignedInUser(String name) implements Serializable {

  public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
