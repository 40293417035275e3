package io.hindsight.review;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service and infrastructure changes over HTTP on WildFly with a real repository: the runbooks that
 * name the changed service in their front matter or mention it in their text are due, once per
 * change; a review clears them; bad reports store nothing.
 */
class ServiceChangeIT extends OverHttp {

  @Test
  void aServiceChangeMakesTheRunbooksThatCoverTheServiceDueAndBadInputStoresNothing() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    IncidentApi incidents = new IncidentApi(base);
    ApiClient admin = incidents.as("admin");
    // A deploy pipeline's token: a responder's.
    ApiClient pipeline = incidents.as("responder");
    ApiClient reviewer = incidents.as("reviewer");
    String key = ReviewApiIT.uniqueKey("chg");
    String service = "ledger-" + key;
    BareRemote remote = ReviewApiIT.repository(admin, key, today);
    remote.commit(
        "Ana Lima",
        "Ledger runbook",
        BareRemote.files(
            "ledger.md",
            "---\nservices: ["
                + service.toUpperCase()
                + ", postgres]\n---\n# Ledger\n\n1. Drain.\n",
            "replay.md",
            "# Replay\n\n1. Stop the " + service + " consumers (see the dashboard).\n",
            "ledger-api.md",
            "# Ledger API\n\n1. Restart " + service + "-api, not the ledger.\n"));
    FirstSync.await(admin, key);
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(200);

    String change =
        "{\"service\":\""
            + service
            + "\",\"reference\":\"deploy-"
            + key
            + "\",\"description\":\"schema migration\"}";
    ApiClient.Reply reported = pipeline.post("api/v1/reviews/changes", change);
    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
    assertThat(reported.json().getString("due")).isEqualTo(today.plusDays(14).toString());
    assertThat(reported.json().getJsonArray("runbooks").stream().map(JsonObject.class::cast))
        .extracting(runbook -> runbook.getString("repository") + "/" + runbook.getString("path"))
        .as("named in the front matter, mentioned in the text; not part of another name")
        .containsExactly(key + "/ledger.md", key + "/replay.md");
    JsonObject changed = reviewer.get("api/v1/reviews?reason=change&repository=" + key).json();
    assertThat(ReviewApiIT.paths(changed)).containsExactlyInAnyOrder("ledger.md", "replay.md");
    JsonObject ledger = ReviewApiIT.item(changed, "ledger.md");
    assertThat(ledger.getJsonArray("reasons")).hasSize(1);
    JsonObject reason = ledger.getJsonArray("reasons").getJsonObject(0);
    assertThat(reason.getString("due")).isEqualTo(today.plusDays(14).toString());
    assertThat(reason.getString("kind")).isEqualTo("change");
    assertThat(reason.getString("label")).isEqualTo("changed: " + service + " (schema migration)");

    // The same change reported again raises nothing new; a service no runbook names flags none.
    assertThat(pipeline.post("api/v1/reviews/changes", change).status()).isEqualTo(200);
    ApiClient.Reply nobody =
        pipeline.post("api/v1/reviews/changes", "{\"service\":\"unnamed-" + key + "\"}");
    assertThat(nobody.status()).as(nobody.toString()).isEqualTo(200);
    assertThat(nobody.json().getJsonArray("runbooks")).isEmpty();

    for (String bad :
        List.of(
            "",
            "{}",
            "{\"service\":\"\"}",
            "{\"service\":\"pay ments " + key + "\"}",
            "{\"service\":\"" + "x".repeat(101) + "\"}",
            "{\"service\":\"" + service + "\",\"reference\":\"" + "r".repeat(81) + "\"}",
            "{\"service\":\"" + service + "\",\"description\":\"two\\nlines\"}",
            "{\"service\":42}",
            "not json")) {
      assertProblem(pipeline.post("api/v1/reviews/changes", bad), 400);
    }
    assertProblem(
        incidents.as("viewer").post("api/v1/reviews/changes", "{\"service\":\"" + service + "\"}"),
        403);
    assertProblem(
        new ApiClient(base).post("api/v1/reviews/changes", "{\"service\":\"" + service + "\"}"),
        401);
    assertThat(
            ReviewApiIT.item(
                    reviewer.get("api/v1/reviews?reason=change&repository=" + key).json(),
                    "ledger.md")
                .getJsonArray("reasons"))
        .as("nothing more stored")
        .hasSize(1);

    // A review clears the change.
    ApiClient.Reply recorded =
        reviewer.post(
            "api/v1/reviews/" + ledger.getJsonNumber("id").longValue() + "/reviews",
            "{\"version\":"
                + reviewer
                    .get("api/v1/reviews/" + ledger.getJsonNumber("id").longValue())
                    .json()
                    .getJsonNumber("version")
                    .longValue()
                + ",\"outcome\":\"still_accurate\"}");
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(
            ReviewApiIT.paths(
                reviewer.get("api/v1/reviews?reason=change&repository=" + key).json()))
        .containsExactly("replay.md");
  }
}
