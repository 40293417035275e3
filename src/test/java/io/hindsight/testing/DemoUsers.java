package io.hindsight.testing;

/**
 * The users the test server starts with: the demo users ({@code HINDSIGHT_DEMO=true}) and the admin
 * whose password the build sets ({@code HINDSIGHT_ADMIN_PASSWORD}, see the pom's failsafe
 * configuration).
 */
public final class DemoUsers {

  /** The password of every demo user: responder, reviewer, reviewer2 and viewer. */
  public static final String PASSWORD = "hindsight-demo";

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "it-admin-password";

  private DemoUsers() {}

  public static String passwordOf(String user) {
    return user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
  }
}
