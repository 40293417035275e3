package io.hindsight.platform;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One strict reading of JSON for every resource: a value of the wrong JSON type, a name twice or a
 * time out of bounds is a 400 naming the field in Hindsight's words, and nothing is stored. The
 * coercions JSON-B would make ({@code "restricted": 1} stored as {@code false}) never happen.
 */
class StrictInputIT extends OverHttp {

  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "\"1\"", "\"yes\"", "\"on\"", "\"false\""})
  void aDeclarationWithRestrictedNotABooleanIsRefusedAndNothingIsStored(String value) {
    IncidentApi api = new IncidentApi(base);
    long before = api.total();

    ApiClient.Reply reply =
        api.as("responder")
            .post(
                "api/v1/incidents",
                "{\"title\":\"Breach\",\"severity\":\"P0\",\"category\":\"security\","
                    + "\"restricted\":"
                    + value
                    + "}");

    assertRefused(reply, "restricted", "must be true or false");
    assertThat(api.total()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "\"yes\"", "\"no\"", "null"})
  void anUpdateCannotLiftARestrictionWithAnythingButFalse(String value) {
    IncidentApi api = new IncidentApi(base);
    JsonObject incident = api.declare("responder", "P0", "security", "Leaked keys");
    String key = incident.getString("key");

    ApiClient.Reply reply =
        api.as("responder").put("api/v1/incidents/" + key, update(incident, value));

    assertProblem(reply, 400);
    assertThat(reply.json().getJsonArray("errors").toString()).contains("restricted");
    JsonObject after = api.as("responder").get("api/v1/incidents/" + key).json();
    assertThat(after.getBoolean("restricted")).isTrue();
    assertThat(after.getJsonNumber("version")).isEqualTo(incident.getJsonNumber("version"));
    assertProblem(api.as("reviewer").get("api/v1/incidents/" + key), 404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text from a number | api/v1/incidents | {\"title\":123,\"severity\":\"P2\",\"category\":\"outage\"} | title | must be text",
        "text from a boolean | api/v1/incidents | {\"title\":\"t\",\"severity\":true,\"category\":\"outage\"} | severity | must be text",
        "a list from text | api/v1/incidents | {\"title\":\"t\",\"severity\":\"P2\",\"category\":\"outage\",\"services\":\"db\"} | services | must be a list",
        "a list of text from numbers | api/v1/incidents | {\"title\":\"t\",\"severity\":\"P2\",\"category\":\"outage\",\"services\":[1]} | services[0] | must be text",
        "a time from a number | api/v1/incidents | {\"title\":\"t\",\"severity\":\"P2\",\"category\":\"outage\",\"startedAt\":1700000000} | startedAt | must be a date or time",
        "a time before 2000 | api/v1/incidents | {\"title\":\"t\",\"severity\":\"P2\",\"category\":\"outage\",\"startedAt\":\"-999999999-01-01T00:00:00Z\"} | startedAt | must be between 2000-01-01",
        "a time in 1999 | api/v1/incidents | {\"title\":\"t\",\"severity\":\"P2\",\"category\":\"outage\",\"startedAt\":\"1999-12-31T23:00:00Z\"} | startedAt | must be between 2000-01-01",
        "a name twice | api/v1/incidents | {\"title\":\"t\",\"severity\":\"P2\",\"category\":\"outage\",\"restricted\":true,\"restricted\":false} | restricted | appears more than once",
        "an unknown field | api/v1/incidents | {\"title\":\"t\",\"severity\":\"P2\",\"category\":\"outage\",\"admin\":true} | admin | is not a field",
        "a whole number from text | api/v1/tokens | {\"name\":\"cli\",\"expiresInDays\":\"30\"} | expiresInDays | must be a whole number",
        "a whole number from a fraction | api/v1/tokens | {\"name\":\"cli\",\"expiresInDays\":1.5} | expiresInDays | must be a whole number",
        "a whole number too large | api/v1/tokens | {\"name\":\"cli\",\"expiresInDays\":99999999999} | expiresInDays | out of range",
        "roles from text | api/v1/users | {\"username\":\"strict-x\",\"displayName\":\"X\",\"password\":\"a-long-password-1\",\"roles\":\"admin\"} | roles | must be a list",
        "a boolean from text | api/v1/postmortem-template/sections | {\"key\":\"strict-x\",\"title\":\"X\",\"required\":\"yes\"} | required | must be true or false",
        "an object from a list | api/v1/repositories | {\"key\":\"strict-x\",\"name\":\"X\",\"url\":\"https://example.com/x.git\",\"branch\":\"main\",\"credential\":[]} | credential | must be an object",
      })
  void eachJsonTypeIntoTheWrongKindOfFieldIsRefusedByName(
      String why, String path, String body, String field, String message) {
    ApiClient admin =
        path.equals("api/v1/tokens")
            ? new ApiClient(base).basic("admin", DemoUsers.passwordOf("admin"))
            : api("admin");
    ApiClient.Reply reply = admin.post(path, body);

    assertRefused(reply, field, message);
  }

  @Test
  void aVersionWithAFractionIsNotReadAsAWholeVersion() {
    IncidentApi api = new IncidentApi(base);
    JsonObject incident = api.declare("responder", "P2", "outage", "Fractional version");
    String key = incident.getString("key");
    String body =
        update(incident, "false")
            .replaceFirst(
                "\"version\":\\d+", "\"version\":" + incident.getJsonNumber("version") + ".5");

    assertRefused(
        api.as("responder").put("api/v1/incidents/" + key, body), "version", "whole number");
  }

  @Test
  void malformedJsonIsRefusedWithoutParserInternals() {
    ApiClient.Reply reply =
        api("responder").post("api/v1/incidents", "{\"title\": \"t\", \"severity\": P1}");

    assertProblem(reply, 400);
    assertThat(reply.json().getString("detail")).startsWith("The body is not valid JSON (line 1");
    assertNoInternals(reply);
  }

  private static String update(JsonObject incident, String restricted) {
    return "{\"version\":"
        + incident.getJsonNumber("version")
        + ",\"title\":\""
        + incident.getString("title")
        + "\",\"severity\":\""
        + incident.getString("severity")
        + "\",\"category\":\""
        + incident.getString("category")
        + "\",\"services\":[],\"startedAt\":\""
        + incident.getString("startedAt")
        + "\",\"detectedAt\":\""
        + incident.getString("detectedAt")
        + "\",\"restricted\":"
        + restricted
        + "}";
  }

  private static void assertRefused(ApiClient.Reply reply, String field, String message) {
    assertProblem(reply, 400);
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .as(reply.toString())
        .anySatisfy(
            error -> {
              assertThat(error.getString("field")).isEqualTo(field);
              assertThat(error.getString("message")).contains(message);
            });
    assertNoInternals(reply);
  }

  private static void assertNoInternals(ApiClient.Reply reply) {
    assertThat(reply.body())
        .doesNotContain("java.")
        .doesNotContain("jakarta.")
        .doesNotContain("Yasson")
        .doesNotContain("Parsson")
        .doesNotContain("Exception");
  }
}
