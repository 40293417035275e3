package io.hindsight.security.web;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in to this browser session, kept in the session after a successful login. */
public record SignedInUser(String name, Set<String> groups) implements Serializable {

  public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

  public SignedInUser {
    groups = Set.copyOf(groups);
  }
}
