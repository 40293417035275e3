package io.hindsight.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test that uses Hindsight from outside, over HTTP at {@link #base}, signed in as
 * the demo users. Arquillian starts the test server once for the suite and {@link SuiteDeployment}
 * deploys the WAR the build produced once, so the test classes share one running Hindsight: each
 * creates the data it looks at, under names of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class OverHttp {

  /** Hindsight's address on the test server, with its port offset. */
  protected final URL base = SuiteDeployment.base();

  /** A browser-like session signed in through the login form as a demo user or the admin. */
  protected BrowserSession signIn(String user) {
    return signIn(user, DemoUsers.passwordOf(user));
  }

  /** A browser-like session signed in through the login form. */
  protected BrowserSession signIn(String user, String password) {
    return new BrowserSession(base).signIn(user, password, "/");
  }

  /** An API client with a token of its own for a demo user or the admin. */
  protected ApiClient api(String user) {
    return ApiClient.signedIn(base, user);
  }
}
