package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The account page over HTTP: API tokens created and revoked in the UI, password change, forged
 * posts.
 */
class AccountPageIT extends OverHttp {

  private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\">(hs_[A-Za-z0-9_-]+)<");
  private static final Pattern REVOKE =
      Pattern.compile("name=\"(tokens:[^\"]+)\" value=\"Revoke\"");

  private String user;
  private BrowserSession browser;

  @BeforeEach
  void signInAsANewUser() {
    user = "acct" + Long.toString(System.nanoTime(), 36);
    assertThat(
            api("admin")
                .post(
                    "api/v1/users",
                    "{\"username\":\""
                        + user
                        + "\",\"password\":\"first-password-1\",\"roles\":[\"responder\"]}")
                .status())
        .isEqualTo(201);
    browser = new BrowserSession(base).signIn(user, "first-password-1", "/account.xhtml");
  }

  private HttpResponse<String> createToken(String name, String days) {
    return browser.submit(
        "account.xhtml",
        "new-token",
        Map.of(
            "new-token:token-name",
            name,
            "new-token:token-days",
            days,
            "new-token:create-token",
            "Create token"));
  }

  private int tokenCount() {
    return tokenRows(browser.get("account.xhtml").body());
  }

  private static int tokenRows(String html) {
    return html.split("<code>hs_", -1).length - 1;
  }

  @Test
  void aTokenCreatedInTheUiWorksOnTheApiUntilRevokedInTheUi() {
    HttpResponse<String> page = createToken("laptop script", "30");
    Matcher issued = ISSUED.matcher(page.body());
    assertThat(issued.find()).as(page.body()).isTrue();
    ApiClient api = new ApiClient(base).bearer(issued.group(1));
    assertThat(api.get("api/v1/me").json().getString("username")).isEqualTo(user);

    Matcher revoke = REVOKE.matcher(browser.get("account.xhtml").body());
    assertThat(revoke.find()).isTrue();
    HttpResponse<String> revoked =
        browser.submit("account.xhtml", "tokens", Map.of(revoke.group(1), "Revoke"));

    assertThat(revoked.body()).contains("Token revoked.");
    assertThat(api.get("api/v1/me").status()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no name | '' | 30 | Give the token a name",
        "lifetime zero | ci | 0 | 1 to 365 days",
        "lifetime not a number | ci | soon | Enter a number of days"
      })
  void badTokenInputShowsAMessageAndCreatesNothing(
      String why, String name, String days, String message) {
    int before = tokenCount();
    HttpResponse<String> page = createToken(name, days);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).as(why).contains(message).doesNotContain("id=\"issued-token\"");
    assertThat(tokenCount()).isEqualTo(before);
  }

  @Test
  void aFormPostedWithoutItsViewStateDoesNothing() {
    int before = tokenCount();
    HttpResponse<String> forged =
        browser.post(
            "account.xhtml",
            Map.of(
                "new-token", "new-token",
                "new-token:token-name", "forged",
                "new-token:token-days", "30",
                "new-token:create-token", "Create token"));
    assertThat(forged.body()).doesNotContain("id=\"issued-token\"");
    assertThat(tokenCount()).isEqualTo(before);
  }

  private HttpResponse<String> changePassword(String current, String replacement) {
    return browser.submit(
        "account.xhtml",
        "password",
        Map.of(
            "password:current", current,
            "password:new", replacement,
            "password:change-password", "Change password"));
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndAStrongNewOne() {
    assertThat(changePassword("not-it", "second-password-2").body())
        .contains("The current password is not right.");
    assertThat(changePassword("first-password-1", "short").body()).contains("12");
    assertThat(changePassword("first-password-1", "second-password-2").body())
        .contains("Your password has been changed.");
    new BrowserSession(base).signIn(user, "second-password-2", "/account.xhtml");
  }

  @Test
  void apiAnswersCarryTheSecurityHeadersToo() {
    ApiClient.Reply reply = new ApiClient(base).get("api/v1/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
  }
}
