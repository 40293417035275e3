package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API tokens over real HTTP: Basic to get one, Bearer to use it, revocation, and bad input. */
class TokenApiIT extends OverHttp {

  private ApiClient asReviewer() {
    return new ApiClient(base).basic("reviewer", DemoUsers.PASSWORD);
  }

  @Test
  void aTokenFromBasicAuthWorksUntilRevoked() {
    ApiClient.Reply created =
        asReviewer().post("api/v1/tokens", "{\"name\":\"ci script\",\"expiresInDays\":30}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject issued = created.json();
    String token = issued.getString("token");
    assertThat(token).startsWith("hs_").hasSize(46);
    assertThat(created.header("Location")).endsWith("/api/v1/tokens/" + issued.getJsonNumber("id"));
    assertThat(issued.getString("expiresAt")).isNotBlank();

    ApiClient bearer = new ApiClient(base).bearer(token);
    JsonObject me = bearer.get("api/v1/me").json();
    assertThat(me.getString("username")).isEqualTo("reviewer");
    assertThat(me.getJsonArray("roles").toString())
        .contains("reviewer", "responder", "viewer")
        .doesNotContain("admin");

    ApiClient.Reply list = bearer.get("api/v1/tokens");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("ci script").doesNotContain(token);

    assertThat(bearer.delete("api/v1/tokens/" + issued.getJsonNumber("id")).status())
        .isEqualTo(204);
    assertThat(bearer.get("api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void basicAuthIsRefusedOutsideTheTokenEndpoint() {
    ApiClient.Reply reply = asReviewer().get("api/v1/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().getString("detail")).contains("/api/v1/tokens");
  }

  @Test
  void aWrongPasswordGets401AndNoToken() {
    ApiClient.Reply reply =
        new ApiClient(base)
            .basic("reviewer", "wrong-password")
            .post("api/v1/tokens", "{\"name\":\"x\"}");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).doesNotContain("hs_");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed JSON | {\"name\": | not valid",
        "wrong type | {\"name\":\"x\",\"expiresInDays\":\"soon\"} | must be a whole number",
        "unknown field | {\"name\":\"x\",\"admin\":true} | admin is not a field",
        "blank name | {\"name\":\"  \"} | invalid fields",
        "too long name | {\"name\":\""
            + "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
            + "\"} | invalid fields",
        "lifetime out of range | {\"name\":\"x\",\"expiresInDays\":0} | invalid fields",
        "JSON array | [] | must be a JSON object",
        "no body | '' | body is required"
      })
  void badBodiesGet400ProblemJsonAndStoreNothing(String why, String body, String expected) {
    ApiClient reviewer = asReviewer();
    String token =
        reviewer.post("api/v1/tokens", "{\"name\":\"counter\"}").json().getString("token");
    ApiClient bearer = new ApiClient(base).bearer(token);
    int before = bearer.get("api/v1/tokens").jsonValue().asJsonArray().size();

    ApiClient.Reply reply = asReviewer().post("api/v1/tokens", body);

    assertThat(reply.status()).as(why + ": " + reply).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("detail")).containsIgnoringCase(expected);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(bearer.get("api/v1/tokens").jsonValue().asJsonArray()).hasSize(before);
  }

  @Test
  void invalidFieldsAreNamed() {
    ApiClient.Reply reply =
        asReviewer().post("api/v1/tokens", "{\"name\":\"\",\"expiresInDays\":4000}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").toString())
        .contains("\"name\"")
        .contains("\"expiresInDays\"");
  }

  @Test
  void revokingSomeoneElsesTokenIs404() {
    String mine =
        asReviewer().post("api/v1/tokens", "{\"name\":\"mine\"}").json().getString("token");
    JsonObject theirs =
        new ApiClient(base)
            .basic("viewer", DemoUsers.PASSWORD)
            .post("api/v1/tokens", "{\"name\":\"theirs\"}")
            .json();
    ApiClient.Reply reply =
        new ApiClient(base).bearer(mine).delete("api/v1/tokens/" + theirs.getJsonNumber("id"));
    assertThat(reply.status()).isEqualTo(404);
    assertThat(new ApiClient(base).bearer(theirs.getString("token")).get("api/v1/me").status())
        .isEqualTo(200);
  }
}
