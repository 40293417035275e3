package io.hindsight.change.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.change.ChangeFixtures;
import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runbook feedback raised in an incident, answered by a change request opened from it: the change
 * names its source, and once merged the feedback is fixed.
 */
class ChangeFromFeedbackIT extends OverHttp {

  @Test
  void aMergedChangeFromFeedbackMarksTheFeedbackFixed() {
    String key = ChangeFixtures.key("chg-fb");
    ChangeFixtures.repository(api("admin"), key);
    IncidentApi incidents = new IncidentApi(base);
    String incident =
        incidents
            .declare(
                "responder",
                "{\"title\":\"Restore slow "
                    + key
                    + "\",\"severity\":\"P2\",\"category\":\"degradation\",\"startedAt\":\""
                    + IncidentApi.ago(Duration.ofMinutes(30))
                    + "\"}")
            .getString("key");
    ApiClient responder = incidents.as("responder");
    ApiClient.Reply flagged =
        responder.post(
            "api/v1/incidents/" + incident + "/feedback",
            "{\"repository\":\""
                + key
                + "\",\"path\":\""
                + ChangeFixtures.PATH
                + "\",\"step\":\"Restore the snapshot\",\"problem\":\"unclear\","
                + "\"note\":\"Which snapshot?\"}");
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
    long feedback = flagged.json().getJsonNumber("id").longValue();

    ApiClient.Reply opened =
        responder.post(
            "api/v1/change-requests",
            "{\"sourceKind\":\"feedback\",\"sourceKey\":\"" + feedback + "\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    assertThat(opened.json().getString("path")).isEqualTo(ChangeFixtures.PATH);
    JsonObject saved =
        act(
            responder,
            "PUT",
            id,
            "content",
            Json.createObjectBuilder()
                .add("version", 0)
                .add(
                    "content",
                    ChangeFixtures.ORIGINAL.replace(
                        "2. Restore the snapshot", "2. Restore the newest verified snapshot")));
    JsonObject submitted =
        act(
            responder,
            "POST",
            id,
            "submit",
            Json.createObjectBuilder().add("version", saved.getInt("version")));
    JsonObject approved =
        act(
            api("reviewer"),
            "POST",
            id,
            "reviews",
            Json.createObjectBuilder()
                .add("verdict", "approve")
                .add("version", submitted.getInt("version")));
    assertThat(state(responder, incident)).isNotEqualTo("fixed");
    act(
        api("reviewer"),
        "POST",
        id,
        "merge",
        Json.createObjectBuilder().add("version", approved.getInt("version")));

    assertThat(state(responder, incident)).as("the merged change answered it").isEqualTo("fixed");
  }

  private static String state(ApiClient client, String incident) {
    return client
        .get("api/v1/incidents/" + incident + "/feedback")
        .jsonValue()
        .asJsonArray()
        .getJsonObject(0)
        .getString("state");
  }

  private static JsonObject act(
      ApiClient client,
      String method,
      long id,
      String action,
      jakarta.json.JsonObjectBuilder body) {
    String path = "api/v1/change-requests/" + id + "/" + action;
    ApiClient.Reply reply =
        method.equals("PUT")
            ? client.put(path, body.build().toString())
            : client.post(path, body.build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}
