package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admin's user API over HTTP: roles, optimistic locking, and bad input. */
class UserApiIT extends OverHttp {

  private ApiClient admin;

  @BeforeEach
  void adminToken() {
    admin = api("admin");
  }

  private static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36);
  }

  @Test
  void anAdminCreatesAUserWhoCanSignIn() {
    String name = unique("dana");
    ApiClient.Reply created =
        admin.post(
            "api/v1/users",
            "{\"username\":\""
                + name
                + "\",\"displayName\":\"Dana\",\"password\":\"a-long-password-1\",\"roles\":[\"responder\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonArray("roles").getString(0)).isEqualTo("responder");
    assertThat(created.body()).doesNotContain("password").doesNotContain("pbkdf2");

    JsonObject me = ApiClient.signedIn(base, name, "a-long-password-1").get("api/v1/me").json();
    assertThat(me.getString("username")).isEqualTo(name);
  }

  @Test
  void aViewerGets403ProblemJson() {
    ApiClient.Reply reply = api("viewer").get("api/v1/users");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aStaleVersionGets409WithTheCurrentVersion() {
    String name = unique("eli");
    admin.post(
        "api/v1/users",
        "{\"username\":\""
            + name
            + "\",\"password\":\"a-long-password-2\",\"roles\":[\"viewer\"]}");
    long version = admin.get("api/v1/users/" + name).json().getJsonNumber("version").longValue();

    ApiClient.Reply first =
        admin.put(
            "api/v1/users/" + name,
            "{\"displayName\":\"Eli\",\"roles\":[\"reviewer\"],\"enabled\":true,\"version\":"
                + version
                + "}");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    long current = first.json().getJsonNumber("version").longValue();
    assertThat(current).isGreaterThan(version);

    ApiClient.Reply stale =
        admin.put(
            "api/v1/users/" + name,
            "{\"displayName\":\"Lost\",\"roles\":[\"admin\"],\"enabled\":true,\"version\":"
                + version
                + "}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().getJsonNumber("currentVersion").longValue()).isEqualTo(current);
    JsonObject after = admin.get("api/v1/users/" + name).json();
    assertThat(after.getString("displayName")).isEqualTo("Eli");
    assertThat(after.getJsonArray("roles").toString()).doesNotContain("admin");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad user name | {\"username\":\"../etc\",\"password\":\"a-long-password-3\",\"roles\":[\"viewer\"]} | 400 | username",
        "unknown role | {\"username\":\"x1\",\"password\":\"a-long-password-3\",\"roles\":[\"root\"]} | 400 | unknown role",
        "no roles | {\"username\":\"x2\",\"password\":\"a-long-password-3\",\"roles\":[]} | 400 | roles",
        "weak password | {\"username\":\"x3\",\"password\":\"short\",\"roles\":[\"viewer\"]} | 400 | 12",
        "duplicate | {\"username\":\"viewer\",\"password\":\"a-long-password-3\",\"roles\":[\"viewer\"]} | 409 | already exists",
        "unknown field | {\"username\":\"x4\",\"password\":\"a-long-password-3\",\"roles\":[\"viewer\"],\"superuser\":true} | 400 | superuser is not a field"
      })
  void badUsersAreRefusedAndNotStored(String why, String body, int status, String expected) {
    int before = admin.get("api/v1/users").jsonValue().asJsonArray().size();
    ApiClient.Reply reply = admin.post("api/v1/users", body);
    assertThat(reply.status()).as(why + ": " + reply).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).containsIgnoringCase(expected);
    assertThat(admin.get("api/v1/users").jsonValue().asJsonArray()).hasSize(before);
  }

  @Test
  void disablingAUserEndsTheirSessionAndTokensAtOnce() {
    String name = unique("fay");
    admin.post(
        "api/v1/users",
        "{\"username\":\""
            + name
            + "\",\"password\":\"a-long-password-4\",\"roles\":[\"responder\"]}");
    ApiClient fay = ApiClient.signedIn(base, name, "a-long-password-4");
    BrowserSession browser = signIn(name, "a-long-password-4");
    assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(200);
    long version = admin.get("api/v1/users/" + name).json().getJsonNumber("version").longValue();

    ApiClient.Reply disabled =
        admin.put(
            "api/v1/users/" + name,
            "{\"displayName\":\"Fay\",\"roles\":[\"responder\"],\"enabled\":false,\"version\":"
                + version
                + "}");

    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(302);
    assertThat(fay.get("api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void theLastAdminCannotBeDemoted() {
    long version = admin.get("api/v1/users/admin").json().getJsonNumber("version").longValue();
    ApiClient.Reply reply =
        admin.put(
            "api/v1/users/admin",
            "{\"displayName\":\"Administrator\",\"roles\":[\"viewer\"],\"enabled\":true,\"version\":"
                + version
                + "}");
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().getString("detail")).contains("at least one enabled admin");
    assertThat(admin.get("api/v1/users/admin").json().getJsonArray("roles").toString())
        .contains("admin");
  }

  @Test
  void unknownUsersAre404() {
    assertThat(admin.get("api/v1/users/nobody-here").status()).isEqualTo(404);
    assertThat(admin.get("api/v1/users/..%2Fadmin").status()).isEqualTo(404);
  }
}
