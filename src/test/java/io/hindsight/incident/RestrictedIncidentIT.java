package io.hindsight.incident;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Security and data incidents are restricted: their responders (the declarer, people in a role,
 * whoever wrote in the timeline) and admins see them; everyone else gets 404 everywhere.
 */
class RestrictedIncidentIT extends OverHttp {

  private static final String[] SUB_RESOURCES = {
    "", "/timeline", "/evidence", "/runbooks", "/runbooks/suggestions", "/feedback"
  };

  @ParameterizedTest
  @ValueSource(strings = {"security", "data"})
  void outsidersGet404AndDoNotSeeItInLists(String category) {
    IncidentApi api = new IncidentApi(base);
    String service = "vault-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject incident =
        api.declare(
            "responder",
            "{\"title\":\"Leaked key\",\"severity\":\"P1\",\"category\":\""
                + category
                + "\",\"services\":[\""
                + service
                + "\"]}");
    String key = incident.getString("key");
    assertThat(incident.getBoolean("restricted")).isTrue();

    for (String outsider : new String[] {"viewer", "reviewer", "reviewer2"}) {
      ApiClient client = api.as(outsider);
      for (String sub : SUB_RESOURCES) {
        ApiClient.Reply reply = client.get("api/v1/incidents/" + key + sub);
        assertProblem(reply, 404);
        assertThat(reply.body()).doesNotContain("Leaked key");
      }
      assertThat(client.get("api/v1/incidents?service=" + service).json().getInt("total"))
          .as(outsider)
          .isZero();
    }
    ApiClient reviewer = api.as("reviewer");
    assertProblem(
        reviewer.post(
            "api/v1/incidents/" + key + "/timeline", "{\"kind\":\"note\",\"text\":\"peek\"}"),
        404);
    assertProblem(reviewer.post("api/v1/incidents/" + key + "/acknowledge", ""), 404);
    assertProblem(
        reviewer.raw(
            reviewer
                .request("api/v1/incidents/" + key + "/evidence")
                .header("Content-Type", "text/plain")
                .header("Content-Disposition", "attachment; filename=x.log")
                .POST(HttpRequest.BodyPublishers.ofString("x"))),
        404);

    for (String insider : new String[] {"responder", "admin"}) {
      ApiClient client = api.as(insider);
      for (String sub : SUB_RESOURCES) {
        assertThat(client.get("api/v1/incidents/" + key + sub).status())
            .as(insider + sub)
            .isEqualTo(200);
      }
      assertThat(client.get("api/v1/incidents?service=" + service).json().getInt("total"))
          .isEqualTo(1);
    }
  }

  /** The action items of a restricted incident's post-mortem are listed for its responders only. */
  @Test
  void itsActionItemsAreListedForItsRespondersOnly() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare(
                "responder",
                "{\"title\":\"Leaked token\",\"severity\":\"P1\",\"category\":\"security\"}")
            .getString("key");
    assertThat(api.as("responder").post("api/v1/incidents/" + key + "/resolve", "").status())
        .isEqualTo(200);
    String postmortem = "PM-" + key.substring("INC-".length());
    ApiClient.Reply item =
        api.as("responder")
            .post(
                "api/v1/action-items",
                "{\"postmortem\":\""
                    + postmortem
                    + "\",\"title\":\"Rotate the token\",\"kind\":\"prevent\","
                    + "\"priority\":\"high\",\"owner\":\"responder\"}");
    assertThat(item.status()).as(item.toString()).isEqualTo(201);
    String list = "api/v1/action-items?postmortem=" + postmortem;
    assertThat(api.as("viewer").get(list).json().getInt("total")).isZero();
    assertThat(api.as("viewer").get("api/v1/action-items?open=true&size=100").body())
        .doesNotContain("Rotate the token");
    for (String insider : new String[] {"responder", "admin"}) {
      JsonObject page = api.as(insider).get(list).json();
      assertThat(page.getInt("total")).as(insider).isEqualTo(1);
      assertThat(page.getJsonArray("items").getJsonObject(0).getString("title"))
          .isEqualTo("Rotate the token");
    }

    String byIncident = "api/v1/postmortems?incident=" + key;
    assertThat(api.as("viewer").get(byIncident).json().getInt("total"))
        .as("the post-mortem of a restricted incident is not listed for outsiders")
        .isZero();
    assertThat(api.as("viewer").get("api/v1/postmortems?size=100").body())
        .doesNotContain(postmortem);
    for (String insider : new String[] {"responder", "admin"}) {
      JsonObject page = api.as(insider).get(byIncident).json();
      assertThat(page.getInt("total")).as(insider).isEqualTo(1);
      assertThat(page.getJsonArray("items").getJsonObject(0).getString("key"))
          .isEqualTo(postmortem);
    }
  }

  @Test
  void namingSomeoneInARoleLetsThemIn() {
    IncidentApi api = new IncidentApi(base);
    JsonObject incident = api.declare("responder", "P0", "security", "Intrusion");
    String key = incident.getString("key");
    assertProblem(api.as("reviewer").get("api/v1/incidents/" + key), 404);

    ApiClient responder = api.as("responder");
    String update =
        "{\"version\":"
            + incident.getJsonNumber("version")
            + ",\"title\":\"Intrusion\",\"severity\":\"P0\",\"category\":\"security\","
            + "\"services\":[],\"startedAt\":\""
            + incident.getString("startedAt")
            + "\",\"detectedAt\":\""
            + incident.getString("detectedAt")
            + "\",\"restricted\":true,\"scribe\":\"reviewer\"}";
    ApiClient.Reply updated =
        responder.raw(
            responder
                .request("api/v1/incidents/" + key)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(update)));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

    assertThat(api.as("reviewer").get("api/v1/incidents/" + key).json().getString("scribe"))
        .isEqualTo("reviewer");
    assertThat(
            api.as("reviewer")
                .post(
                    "api/v1/incidents/" + key + "/timeline",
                    "{\"kind\":\"observation\",\"text\":\"odd logins\"}")
                .status())
        .isEqualTo(201);
    assertProblem(api.as("reviewer2").get("api/v1/incidents/" + key), 404);
  }

  @Test
  void anOutageIsVisibleToEveryone() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P2", "outage", "Public").getString("key");
    assertThat(api.as("viewer").get("api/v1/incidents/" + key).status()).isEqualTo(200);
  }
}
