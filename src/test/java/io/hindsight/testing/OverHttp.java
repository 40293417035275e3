package io.hindsight.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test that deploys the WAR the build produced (Arquillian, once per test class) and
 * uses it from outside, over HTTP at {@link #base}, signed in as the demo users.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class OverHttp {

  /** Hindsight's address on the test server, with its port offset. */
  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return HindsightDeployment.war();
  }

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
