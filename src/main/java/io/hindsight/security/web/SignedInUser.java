package io.hindsight.security.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * Who is signed in to this browser session, kept in the session after a successful login: the name,
 * a stamp of the password the session was opened with (a changed password ends every other
 * session), when the person signed in and when they last did something. Roles and the enabled flag
 * are read from the database on every request, so that a change takes effect at once.
 */
public record SignedInUser(
    String name, String credentialStamp, Instant signedInAt, Instant lastActiveAt)
    implements Serializable {

  public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

  public SignedInUser activeAt(Instant now) {
    return new SignedInUser(name, credentialStamp, signedInAt, now);
  }

  public SignedInUser withStamp(String stamp) {
    return new SignedInUser(name, stamp, signedInAt, lastActiveAt);
  }
}
