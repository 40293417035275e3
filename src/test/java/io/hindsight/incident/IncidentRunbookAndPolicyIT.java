package io.hindsight.incident;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runbooks linked to incidents, feedback on their steps, the severity policy and contacts. */
class IncidentRunbookAndPolicyIT extends OverHttp {

  @Test
  void aRunbookIsLinkedOnceAndAStepFlaggedForReview() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", "P1", "deployment", "Bad release needs rollback").getString("key");
    ApiClient responder = api.as("responder");
    String link = "{\"repository\":\"sample\",\"path\":\"rollback-procedure.md\"}";
    assertThat(api.as("viewer").get("api/v1/incidents/" + key + "/runbooks/suggestions").body())
        .contains("rollback-procedure.md");

    assertThat(responder.post("api/v1/incidents/" + key + "/runbooks", link).status())
        .isEqualTo(200);
    assertThat(responder.post("api/v1/incidents/" + key + "/runbooks", link).status())
        .isEqualTo(200);
    JsonArray links =
        responder.get("api/v1/incidents/" + key + "/runbooks").jsonValue().asJsonArray();
    assertThat(links).hasSize(1);
    assertThat(links.getJsonObject(0).getString("path")).isEqualTo("rollback-procedure.md");

    ApiClient.Reply flagged =
        responder.post(
            "api/v1/incidents/" + key + "/feedback",
            "{\"repository\":\"sample\",\"path\":\"rollback-procedure.md\",\"step\":\"Step 3\","
                + "\"problem\":\"unclear\",\"note\":\"Which namespace?\"}");
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
    assertThat(flagged.json().getString("label")).isEqualTo("runbook-improvement");
    assertThat(flagged.json().getString("problem")).isEqualTo("unclear");
    assertThat(api.as("viewer").get("api/v1/incidents/" + key + "/feedback").body())
        .contains("Which namespace?");
    assertThat(responder.get("api/v1/incidents/" + key + "/timeline").body())
        .contains("Used runbook sample:rollback-procedure.md")
        .contains("Flagged runbook sample:rollback-procedure.md as unclear at Step 3");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad repository key | {\"repository\":\"Bad Repo\",\"path\":\"x.md\"} | runbooks | repository",
        "unknown repository | {\"repository\":\"nowhere\",\"path\":\"x.md\"} | runbooks | repository",
        "path escaping | {\"repository\":\"sample\",\"path\":\"../secrets.md\"} | runbooks | path",
        "unknown runbook | {\"repository\":\"sample\",\"path\":\"missing.md\"} | runbooks | path",
        "unknown problem | {\"repository\":\"sample\",\"path\":\"rollback-procedure.md\",\"step\":\"1\",\"problem\":\"boring\",\"note\":\"n\"} | feedback | problem",
        "no note | {\"repository\":\"sample\",\"path\":\"rollback-procedure.md\",\"step\":\"1\",\"problem\":\"wrong\"} | feedback | note",
        "no step | {\"repository\":\"sample\",\"path\":\"rollback-procedure.md\",\"problem\":\"wrong\",\"note\":\"n\"} | feedback | step",
      })
  void badLinksAndFeedbackAre400AndStoreNothing(String why, String body, String sub, String field) {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P3", "deployment", "Links").getString("key");
    ApiClient responder = api.as("responder");
    ApiClient.Reply reply = responder.post("api/v1/incidents/" + key + "/" + sub, body);
    assertProblem(reply, 400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .as(why)
        .isEqualTo(field);
    assertThat(responder.get("api/v1/incidents/" + key + "/" + sub).jsonValue().asJsonArray())
        .isEmpty();
  }

  @Test
  void anAdminEditMakesANewPolicyVersionAndOlderIncidentsKeepTheirs() {
    IncidentApi api = new IncidentApi(base);
    ApiClient admin = api.as("admin");
    JsonObject before = admin.get("api/v1/severities").json();
    assertThat(before.getJsonArray("severities")).hasSize(4);
    assertThat(before.getJsonArray("severities").toString())
        .contains("Page on-call engineer, notify management");
    JsonObject old = api.declare("responder", "P3", "outage", "Before the edit");

    JsonObjectBuilder edited = Json.createObjectBuilder(before);
    var severities = Json.createArrayBuilder();
    before.getJsonArray("severities").stream()
        .map(s -> s.asJsonObject())
        .forEach(
            s ->
                severities.add(
                    s.getString("severity").equals("P3")
                        ? Json.createObjectBuilder(s)
                            .add("notificationPolicy", "Create ticket " + UUID.randomUUID())
                        : Json.createObjectBuilder(s)));
    edited.add("severities", severities);
    String edit = edited.build().toString();
    ApiClient.Reply revised = put(admin, "api/v1/severities", edit);
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    int version = revised.json().getInt("version");
    assertThat(version).isEqualTo(before.getInt("version") + 1);

    ApiClient.Reply stale = put(admin, "api/v1/severities", edit);
    assertProblem(stale, 409);
    assertThat(stale.json().getInt("currentVersion")).isEqualTo(version);
    JsonObject invalid =
        Json.createObjectBuilder(before)
            .add("version", version)
            .add(
                "severities",
                Json.createArrayBuilder().add(before.getJsonArray("severities").get(0)))
            .build();
    assertProblem(put(admin, "api/v1/severities", invalid.toString()), 400);
    assertThat(admin.get("api/v1/severities").json().getInt("version")).isEqualTo(version);

    assertThat(
            api.as("viewer")
                .get("api/v1/incidents/" + old.getString("key"))
                .json()
                .getInt("policyVersion"))
        .isEqualTo(old.getInt("policyVersion"));
    assertThat(api.declare("responder", "P3", "outage", "After the edit").getInt("policyVersion"))
        .isEqualTo(version);
  }

  @Test
  void contactsAreKeptByAdminsAndCheckedForBadInput() {
    ApiClient admin = new IncidentApi(base).as("admin");
    assertProblem(
        admin.post(
            "api/v1/escalation-contacts",
            "{\"name\":\"x\",\"role\":\"BOSS\",\"email\":\"x@example.com\"}"),
        400);
    assertProblem(
        admin.post("api/v1/escalation-contacts", "{\"name\":\"x\",\"role\":\"CTO\"}"), 400);
    assertProblem(
        admin.post(
            "api/v1/escalation-contacts",
            "{\"name\":\"x\",\"role\":\"CTO\",\"email\":\"not-an-email\"}"),
        400);
    assertProblem(
        admin.post(
            "api/v1/escalation-contacts",
            "{\"name\":\"\",\"role\":\"CTO\",\"email\":\"x@example.com\"}"),
        400);
    String name = "Secondary " + UUID.randomUUID();
    ApiClient.Reply added =
        admin.post(
            "api/v1/escalation-contacts",
            "{\"name\":\"" + name + "\",\"role\":\"SECONDARY_ON_CALL\",\"chatHandle\":\"@sec\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(admin.get("api/v1/escalation-contacts").body()).contains(name);
    assertThat(
            admin.delete("api/v1/escalation-contacts/" + added.json().getJsonNumber("id")).status())
        .isEqualTo(204);
    assertThat(admin.get("api/v1/escalation-contacts").body()).doesNotContain(name);
  }

  private static ApiClient.Reply put(ApiClient client, String path, String json) {
    return client.raw(
        client
            .request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }
}
