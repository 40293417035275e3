package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TestServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling that strangers cannot turn against a user, sessions, tokens and quiet
 * refusals, over HTTP. The test server trusts 127.0.0.1 as a reverse proxy, so each request names
 * its client in {@code X-Forwarded-For}.
 */
class SecurityHardeningIT extends OverHttp {

  @Test
  void sixWrongPasswordsFromOneClientDoNotStopTheRightPasswordFromAnother() {
    String user = createUser("Pw-" + UUID.randomUUID());
    for (int attempt = 0; attempt < 7; attempt++) {
      assertThat(signIn(user, "wrong-" + attempt, "198.51.100.7").status()).isIn(401, 429);
    }
    assertThat(signIn(user, PASSWORD, "198.51.100.7").status()).isEqualTo(429);

    ApiClient.Reply fromElsewhere = signIn(user, PASSWORD, "203.0.113.20");

    assertThat(fromElsewhere.status()).as(fromElsewhere.toString()).isEqualTo(201);
    assertThat(signIn(user, PASSWORD, "203.0.113.20").status()).isEqualTo(201);
  }

  @Test
  void aForgedForwardedHeaderFromAnUntrustedHopDoesNotHideTheGuesser() {
    String user = createUser("Pw-" + UUID.randomUUID());
    for (int attempt = 0; attempt < 7; attempt++) {
      signIn(user, "wrong-" + attempt, "6.6.6." + attempt + ", 198.51.100.8");
    }

    assertThat(signIn(user, PASSWORD, "1.1.1.1, 198.51.100.8").status()).isEqualTo(429);
  }

  @Test
  void anUnauthenticatedPostIs401AndLeavesNoStackTraceInTheLog() throws IOException {
    long before = Files.size(TestServer.serverLog());

    ApiClient.Reply reply =
        new ApiClient(base)
            .post(
                "api/v1/incidents",
                "{\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\"}");
    ApiClient.Reply bad = new ApiClient(base).bearer("hs_nope").post("api/v1/action-items", "{}");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(bad.status()).isEqualTo(401);
    String logged = logSince(before);
    assertThat(logged).doesNotContain("already commited").doesNotContain("\tat ");
  }

  @Test
  void aTokenCannotMintTokensAndEveryTokenExpires() {
    String user = createUser("Tk-" + UUID.randomUUID());
    ApiClient basic = new ApiClient(base).basic(user, PASSWORD);
    ApiClient.Reply issued = basic.post("api/v1/tokens", "{\"name\":\"cli\"}");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    Instant expires = Instant.parse(issued.json().getString("expiresAt"));
    assertThat(expires)
        .isBetween(
            Instant.now().plus(Duration.ofDays(89)), Instant.now().plus(Duration.ofDays(91)));

    ApiClient bearer = new ApiClient(base).bearer(issued.json().getString("token"));
    ApiClient.Reply minted = bearer.post("api/v1/tokens", "{\"name\":\"another\"}");
    assertThat(minted.status()).as(minted.toString()).isEqualTo(403);
    assertThat(minted.contentType()).startsWith("application/problem+json");
    assertThat(bearer.get("api/v1/tokens").jsonValue().asJsonArray()).hasSize(1);

    ApiClient.Reply tooLong =
        basic.post("api/v1/tokens", "{\"name\":\"cli\",\"expiresInDays\":366}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonArray("errors").toString()).contains("expiresInDays");
  }

  @Test
  void aPasswordChangeEndsTheOtherSessionsAndEveryToken() {
    String user = createUser("Pc-" + UUID.randomUUID());
    String token = ApiClient.issueToken(base, user, PASSWORD);
    BrowserSession other = signIn(user, PASSWORD);
    BrowserSession changing = signIn(user, PASSWORD);
    assertThat(other.get("account.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> changed =
        changing.submit(
            "account.xhtml",
            "password",
            Map.of(
                "password:current", PASSWORD,
                "password:new", "a-new-password-2",
                "password:change-password", "Change password"));

    assertThat(changed.body()).contains("Your password has been changed.");
    assertThat(changing.get("account.xhtml").statusCode()).isEqualTo(200);
    assertThat(other.get("account.xhtml").statusCode()).isEqualTo(302);
    assertThat(new ApiClient(base).bearer(token).get("api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void aGeneratedPasswordMustBeChangedBeforeAnythingElse() {
    String user = createUser("Gp-" + UUID.randomUUID());
    assertThat(
            TestDatabase.update(
                "update app_user set password_change_required = true where username = ?", user))
        .isEqualTo(1);

    ApiClient.Reply token = signIn(user, PASSWORD, "198.51.100.30");
    assertThat(token.status()).as(token.toString()).isEqualTo(403);
    assertThat(token.contentType()).startsWith("application/problem+json");
    assertThat(token.body()).contains("choose your own password");

    BrowserSession browser = signIn(user, PASSWORD);
    HttpResponse<String> elsewhere = browser.get("incidents.xhtml");
    assertThat(elsewhere.statusCode()).isEqualTo(302);
    assertThat(elsewhere.headers().firstValue("Location").orElse("")).endsWith("/account.xhtml");
    HttpResponse<String> account = browser.get("account.xhtml");
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body())
        .contains("generated one-time password")
        .doesNotContain("new-token:create-token");

    HttpResponse<String> changed =
        browser.submit(
            "account.xhtml",
            "password",
            Map.of(
                "password:current", PASSWORD,
                "password:new", "my-own-password-3",
                "password:change-password", "Change password"));

    assertThat(changed.body()).contains("Your password has been changed.");
    assertThat(browser.get("incidents.xhtml").statusCode()).isEqualTo(200);
    assertThat(signIn(user, "my-own-password-3", "198.51.100.30").status()).isEqualTo(201);
  }

  private static String logSince(long offset) throws IOException {
    try (RandomAccessFile log = new RandomAccessFile(TestServer.serverLog().toFile(), "r")) {
      log.seek(offset);
      byte[] tail = new byte[(int) (log.length() - offset)];
      log.readFully(tail);
      return new String(tail, StandardCharsets.UTF_8);
    }
  }

  static final String PASSWORD = "the-right-password-1";

  private String createUser(String prefix) {
    String name = prefix.toLowerCase().substring(0, 20);
    ApiClient.Reply created =
        api("admin")
            .post(
                "api/v1/users",
                "{\"username\":\""
                    + name
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"roles\":[\"viewer\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return name;
  }

  /** HTTP Basic is a password sign-in: it is accepted where a token is created. */
  private ApiClient.Reply signIn(String user, String password, String forwardedFor) {
    ApiClient client = new ApiClient(base).basic(user, password);
    return client.raw(
        client
            .request("api/v1/tokens")
            .header("X-Forwarded-For", forwardedFor)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"throttle test\"}")));
  }
}
