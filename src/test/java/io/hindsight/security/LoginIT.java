package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.OverHttp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form login over real HTTP: messages, session handling, cookies, bad input. */
class LoginIT extends OverHttp {

  private static final String WRONG = "Wrong user name or password.";

  private static Map<String, String> credentials(String user, String password) {
    return Map.of(
        "username", user, "password", password, "sign-in", "Sign in", "next", "/runbooks.xhtml");
  }

  @Test
  void aCorrectPasswordSignsInWithANewSessionIdAndSafeCookie() {
    BrowserSession browser = new BrowserSession(base);
    HttpResponse<String> page = browser.get("login.xhtml");
    String before = browser.sessionId();
    String setCookie = String.join(";", page.headers().allValues("Set-Cookie"));
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

    HttpResponse<String> reply =
        browser.submit("login.xhtml", "login", credentials("responder", DemoUsers.PASSWORD));

    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(302);
    assertThat(reply.headers().firstValue("Location").orElseThrow()).endsWith("/runbooks.xhtml");
    assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    assertThat(browser.get("index.xhtml").body()).contains("Welcome, responder");
  }

  @Test
  void wrongPasswordAndUnknownUserReadTheSame() {
    String wrongPassword =
        new BrowserSession(base)
            .submit("login.xhtml", "login", credentials("reviewer2", "not-the-password"))
            .body();
    String unknownUser =
        new BrowserSession(base)
            .submit(
                "login.xhtml", "login", credentials("nobody-" + System.nanoTime(), "whatever-pass"))
            .body();
    assertThat(wrongPassword).contains(WRONG);
    assertThat(unknownUser).contains(WRONG);
    assertThat(messages(wrongPassword)).isEqualTo(messages(unknownUser));
  }

  @Test
  void emptyFieldsAskForBoth() {
    HttpResponse<String> reply =
        new BrowserSession(base).submit("login.xhtml", "login", credentials("", ""));
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body()).contains("Enter your user name and password.");
  }

  @Test
  void aTenMegabyteFieldIsRefusedWithAClearMessage() {
    String huge = "x".repeat(10 * 1024 * 1024);
    HttpResponse<String> reply =
        new BrowserSession(base).submit("login.xhtml", "login", credentials(huge, "secret-secret"));
    assertThat(reply.statusCode()).isEqualTo(413);
    assertThat(reply.body()).contains("too large").doesNotContain("Exception");
  }

  @Test
  void aLongButAcceptedFieldIsJustAWrongLogin() {
    HttpResponse<String> reply =
        new BrowserSession(base)
            .submit("login.xhtml", "login", credentials("y".repeat(5000), "secret-secret"));
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body()).contains(WRONG).doesNotContain("yyyyyyyyyy");
  }

  @Test
  void signingOutEndsTheSession() {
    BrowserSession browser = signIn("viewer");
    assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> out =
        browser.submit("index.xhtml", "logout", Map.of("logout:sign-out", "Sign out"));

    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location").orElseThrow()).contains("signedOut=true");
    assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void aViewerCannotOpenAdminPages() {
    BrowserSession browser = signIn("viewer");
    assertThat(browser.get("admin/index.xhtml").statusCode()).isEqualTo(403);
    ApiClient anonymous = new ApiClient(base);
    assertThat(anonymous.get("admin/index.xhtml").status()).isEqualTo(302);
  }

  @Test
  void repeatedFailuresAreThrottledAlikeForKnownAndUnknownUsers() {
    String unknown = "ghost" + System.nanoTime();
    String lastUnknown = "";
    for (int attempt = 0; attempt < 7; attempt++) {
      lastUnknown =
          new BrowserSession(base)
              .submit("login.xhtml", "login", credentials(unknown, "guess-" + attempt))
              .body();
    }
    assertThat(lastUnknown).contains("Too many failed sign-in attempts");

    String known = createUser("throttled" + System.nanoTime(), "the-right-password");
    String lastKnown = "";
    for (int attempt = 0; attempt < 7; attempt++) {
      lastKnown =
          new BrowserSession(base)
              .submit("login.xhtml", "login", credentials(known, "guess-" + attempt))
              .body();
    }
    assertThat(lastKnown).contains("Too many failed sign-in attempts");
    String throttledEvenWithTheRightPassword =
        new BrowserSession(base)
            .submit("login.xhtml", "login", credentials(known, "the-right-password"))
            .body();
    assertThat(throttledEvenWithTheRightPassword).contains("Too many failed sign-in attempts");
  }

  private String createUser(String name, String password) {
    ApiClient.Reply created =
        api("admin")
            .post(
                "api/v1/users",
                "{\"username\":\""
                    + name
                    + "\",\"password\":\""
                    + password
                    + "\",\"roles\":[\"viewer\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return name;
  }

  private static String messages(String html) {
    int start = html.indexOf("id=\"login-messages\"");
    return start < 0 ? "" : html.substring(start, html.indexOf("</ul>", start));
  }
}
