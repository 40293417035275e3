package io.hindsight.incident;

import static io.hindsight.incident.IncidentApi.ago;
import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input gets a precise 4xx as problem+json and stores nothing. */
class IncidentBadInputIT extends OverHttp {

  private static final String FUTURE = Instant.now().plus(Duration.ofHours(1)).toString();
  private static final String PAST = Instant.now().minus(Duration.ofHours(1)).toString();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown severity | {\"title\":\"t\",\"severity\":\"P5\",\"category\":\"outage\"} | severity",
        "no severity | {\"title\":\"t\",\"category\":\"outage\"} | severity",
        "unknown category | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"meltdown\"} | category",
        "empty title | {\"title\":\"\",\"severity\":\"P1\",\"category\":\"outage\"} | title",
        "blank title | {\"title\":\"   \",\"severity\":\"P1\",\"category\":\"outage\"} | title",
        "future start | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\",\"startedAt\":\"FUTURE\"} | startedAt",
        "future detection | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\",\"detectedAt\":\"FUTURE\"} | detectedAt",
        "detected before started | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\",\"startedAt\":\"NOW\",\"detectedAt\":\"PAST\"} | detectedAt",
        "bad service | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\",\"services\":[\"../x\"]} | services",
        "commander not a username | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\",\"commander\":\"<b>\"} | commander",
      })
  void badDeclarationsAre400NamingTheField(String why, String body, String field) {
    IncidentApi api = new IncidentApi(base);
    long before = api.total();
    String json =
        body.replace("FUTURE", FUTURE)
            .replace("PAST", PAST)
            .replace("NOW", ago(Duration.ofMinutes(1)));

    ApiClient.Reply reply = api.as("responder").post("api/v1/incidents", json);

    assertProblem(reply, 400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .as(why)
        .isEqualTo(field);
    assertThat(api.total()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed JSON | {\"title\":",
        "wrong type | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\",\"startedAt\":42}",
        "unparseable time | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\",\"startedAt\":\"yesterday\"}",
        "unknown field | {\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\",\"admin\":true}",
        "array | []",
        "no body | ''"
      })
  void unreadableBodiesAre400(String why, String body) {
    IncidentApi api = new IncidentApi(base);
    long before = api.total();
    ApiClient.Reply reply = api.as("responder").post("api/v1/incidents", body);
    assertProblem(reply, 400);
    assertThat(api.total()).as(why).isEqualTo(before);
  }

  @Test
  void aHundredKilobyteTitleIsRefused() {
    IncidentApi api = new IncidentApi(base);
    long before = api.total();
    ApiClient.Reply reply =
        api.as("responder")
            .post(
                "api/v1/incidents",
                "{\"title\":\""
                    + "x".repeat(100_000)
                    + "\",\"severity\":\"P1\",\"category\":\"outage\"}");
    assertProblem(reply, 400);
    assertThat(reply.json().getString("detail")).contains("title").contains("200");
    assertThat(api.total()).isEqualTo(before);
  }

  @Test
  void resolvedBeforeDetectedOrInTheFutureIsRefusedAndChangesNothing() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P2", "deployment", "Bad deploy").getString("key");
    ApiClient responder = api.as("responder");

    ApiClient.Reply early =
        responder.post(
            "api/v1/incidents/" + key + "/resolve",
            "{\"at\":\"" + ago(Duration.ofMinutes(30)) + "\"}");
    assertProblem(early, 400);
    assertThat(early.json().getString("detail")).contains("resolvedAt").contains("detectedAt");
    ApiClient.Reply future =
        responder.post("api/v1/incidents/" + key + "/acknowledge", "{\"at\":\"" + FUTURE + "\"}");
    assertProblem(future, 400);
    assertThat(future.json().getString("detail")).contains("future");
    ApiClient.Reply unknownField =
        responder.post("api/v1/incidents/" + key + "/acknowledge", "{\"when\":\"now\"}");
    assertProblem(unknownField, 400);

    JsonObject unchanged = responder.get("api/v1/incidents/" + key).json();
    assertThat(unchanged.getString("status")).isEqualTo("declared");
    assertThat(unchanged.containsKey("resolvedAt")).isFalse();
  }

  @Test
  void badTimelineEntriesAreRefusedAndStoreNothing() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P3", "degradation", "Slow search").getString("key");
    String other = api.declare("responder", "P3", "degradation", "Other").getString("key");
    ApiClient responder = api.as("responder");
    String timeline = "api/v1/incidents/" + key + "/timeline";
    int before = responder.get(timeline).jsonValue().asJsonArray().size();
    long otherEntry =
        responder
            .get("api/v1/incidents/" + other + "/timeline")
            .jsonValue()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    assertProblem(responder.post(timeline, "{\"kind\":\"gossip\",\"text\":\"x\"}"), 400);
    assertProblem(responder.post(timeline, "{\"kind\":\"note\",\"text\":\"\"}"), 400);
    assertProblem(
        responder.post(timeline, "{\"kind\":\"note\",\"text\":\"" + "y".repeat(10_001) + "\"}"),
        400);
    assertProblem(
        responder.post(
            timeline, "{\"kind\":\"note\",\"text\":\"x\",\"occurredAt\":\"" + FUTURE + "\"}"),
        400);
    ApiClient.Reply foreign =
        responder.post(
            timeline, "{\"kind\":\"note\",\"text\":\"x\",\"corrects\":" + otherEntry + "}");
    assertProblem(foreign, 400);
    assertThat(foreign.json().getJsonArray("errors").toString()).contains("corrects");

    assertThat(responder.get(timeline).jsonValue().asJsonArray()).hasSize(before);
  }

  @Test
  void aStaleVersionIs409WithTheCurrentVersion() {
    IncidentApi api = new IncidentApi(base);
    JsonObject incident = api.declare("responder", "P2", "outage", "Queue backlog");
    String key = incident.getString("key");
    long loaded = incident.getJsonNumber("version").longValue();
    ApiClient responder = api.as("responder");
    String update =
        "{\"version\":%d,\"title\":\"%s\",\"severity\":\"%s\",\"category\":\"outage\","
            + "\"services\":[\"queue\"],\"startedAt\":\""
            + incident.getString("startedAt")
            + "\",\"detectedAt\":\""
            + incident.getString("detectedAt")
            + "\",\"restricted\":false,\"commander\":\"responder\"}";

    ApiClient.Reply first =
        responder.raw(
            responder
                .request("api/v1/incidents/" + key)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        String.format(update, loaded, "Queue backlog growing", "P1"))));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    long current = first.json().getJsonNumber("version").longValue();
    assertThat(current).isGreaterThan(loaded);
    assertThat(first.json().getString("severity")).isEqualTo("P1");
    assertThat(first.json().getString("commander")).isEqualTo("responder");

    ApiClient.Reply stale =
        responder.raw(
            responder
                .request("api/v1/incidents/" + key)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        String.format(update, loaded, "Lost update", "P3"))));
    assertProblem(stale, 409);
    assertThat(stale.json().getJsonNumber("currentVersion").longValue()).isEqualTo(current);
    assertThat(stale.json().getString("detail")).contains("current version " + current);

    JsonObject stored = responder.get("api/v1/incidents/" + key).json();
    assertThat(stored.getString("title")).isEqualTo("Queue backlog growing");
    assertThat(responder.get("api/v1/incidents/" + key + "/timeline").body())
        .contains("Severity changed from P2 to P1.");
  }

  @Test
  void badListParametersAre400AndUnknownKeysAre404() {
    ApiClient viewer = new IncidentApi(base).as("viewer");
    assertProblem(viewer.get("api/v1/incidents?size=101"), 400);
    assertProblem(viewer.get("api/v1/incidents?size=0"), 400);
    assertProblem(viewer.get("api/v1/incidents?page=-1"), 400);
    assertProblem(viewer.get("api/v1/incidents?status=burning"), 400);
    assertProblem(viewer.get("api/v1/incidents?severity=P9"), 400);
    assertProblem(viewer.get("api/v1/incidents?breached=maybe"), 400);
    assertProblem(viewer.get("api/v1/incidents?colour=red"), 400);
    assertProblem(viewer.get("api/v1/incidents/INC-1999-9999"), 404);
    assertProblem(viewer.get("api/v1/incidents/not-a-key"), 404);
    assertProblem(viewer.get("api/v1/incidents/not-a-key/timeline"), 404);
  }

  @Test
  void aViewerCannotWriteAndAResponderCannotChangeThePolicy() {
    IncidentApi api = new IncidentApi(base);
    long before = api.total();
    ApiClient.Reply viewerDeclares =
        api.as("viewer")
            .post(
                "api/v1/incidents",
                "{\"title\":\"t\",\"severity\":\"P1\",\"category\":\"outage\"}");
    assertProblem(viewerDeclares, 403);
    assertThat(api.total()).isEqualTo(before);

    String key = api.declare("responder", "P3", "outage", "Viewer test").getString("key");
    assertProblem(api.as("viewer").post("api/v1/incidents/" + key + "/acknowledge", ""), 403);
    assertProblem(
        api.as("viewer")
            .post("api/v1/incidents/" + key + "/timeline", "{\"kind\":\"note\",\"text\":\"x\"}"),
        403);
    assertProblem(
        api.as("viewer")
            .post("api/v1/incidents/" + key + "/evidence", "text/plain", "x".getBytes()),
        403);
    assertThat(api.as("viewer").get("api/v1/incidents/" + key).json().getString("status"))
        .isEqualTo("declared");

    JsonObject policy = api.as("responder").get("api/v1/severities").json();
    ApiClient.Reply responderEdits =
        api.as("responder")
            .raw(
                api.as("responder")
                    .request("api/v1/severities")
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(policy.toString())));
    assertProblem(responderEdits, 403);
    assertProblem(api.as("responder").get("api/v1/escalation-contacts"), 403);
    assertThat(api.as("responder").get("api/v1/severities").json().getInt("version"))
        .isEqualTo(policy.getInt("version"));
  }
}
