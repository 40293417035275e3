package io.hindsight.action;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Action items of a post-mortem over HTTP: created, listed by owner, done, and overdue. */
class ActionItemIT extends OverHttp {

  @Test
  void itemsShowUpOnTheirOwnersListsAndAsOverdueWhenLate() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    ApiClient responder = api.as("responder");
    JsonObject withFactor =
        responder
            .put(
                "api/v1/postmortems/" + key,
                "{\"version\":"
                    + api.read("responder", key).getJsonNumber("version")
                    + ",\"factors\":[{\"description\":\"No alert on certificate expiry\"}]}")
            .json();
    String factor = withFactor.getJsonArray("factors").getJsonObject(0).getString("id");

    ApiClient.Reply created =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"factor\":\""
                + factor
                + "\",\"title\":\"Alert 14 days before a certificate expires\",\"kind\":\"detect\","
                + "\"priority\":\"high\",\"owner\":\"viewer\",\"trackerLink\":\"https://tracker.example/OPS-12\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject item = created.json();
    long id = item.getJsonNumber("id").longValue();
    assertThat(item.getString("status")).isEqualTo("open");
    assertThat(item.getString("factor")).isEqualTo(factor);
    assertThat(LocalDate.parse(item.getString("dueDate")))
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(14));
    assertThat(created.header("Location")).endsWith("/api/v1/action-items/" + id);

    ApiClient viewer = api.as("viewer");
    JsonObject mine = viewer.get("api/v1/action-items?owner=me&postmortem=" + key).json();
    assertThat(mine.getInt("total")).isEqualTo(1);
    assertThat(mine.getJsonObject("completion").getInt("done")).isZero();
    assertThat(
            api.read("viewer", key).getJsonArray("actionItems").getJsonObject(0).getString("title"))
        .contains("certificate");
    assertThat(
            viewer
                .get("api/v1/action-items?owner=me&overdue=true&postmortem=" + key)
                .json()
                .getInt("total"))
        .isZero();

    assertThat(
            TestDatabase.update(
                "update action_item set due_date = ? where id = ?",
                LocalDate.now(ZoneOffset.UTC).minusDays(3),
                id))
        .isEqualTo(1);
    JsonObject overdue =
        viewer.get("api/v1/action-items?owner=me&overdue=true&postmortem=" + key).json();
    assertThat(overdue.getInt("total")).isEqualTo(1);
    assertThat(overdue.getJsonArray("items").getJsonObject(0).getBoolean("overdue")).isTrue();
    assertThat(
            api.read("viewer", key)
                .getJsonArray("actionItems")
                .getJsonObject(0)
                .getBoolean("overdue"))
        .isTrue();

    JsonObject current = responder.get("api/v1/action-items/" + id).json();
    ApiClient.Reply done =
        responder.put(
            "api/v1/action-items/" + id,
            "{\"version\":"
                + current.getJsonNumber("version")
                + ",\"title\":\"Alert 14 days before a certificate expires\",\"priority\":\"high\","
                + "\"owner\":\"viewer\",\"dueDate\":\""
                + current.getString("dueDate")
                + "\",\"status\":\"done\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("status")).isEqualTo("done");
    assertThat(done.json().getString("completedAt")).isNotBlank();
    assertThat(done.json().getBoolean("overdue")).isFalse();
    JsonObject after = viewer.get("api/v1/action-items?owner=me&postmortem=" + key).json();
    assertThat(after.getJsonObject("completion").getInt("percent")).isEqualTo(100);

    ApiClient.Reply stale =
        responder.put(
            "api/v1/action-items/" + id,
            "{\"version\":"
                + current.getJsonNumber("version")
                + ",\"title\":\"x\",\"priority\":\"low\",\"owner\":\"viewer\",\"dueDate\":\""
                + current.getString("dueDate")
                + "\"}");
    assertProblem(stale, 409);
    assertThat(stale.json().getJsonNumber("currentVersion")).isNotNull();

    assertProblem(
        responder.delete(
            "api/v1/action-items/" + id + "?version=" + current.getJsonNumber("version")),
        409);
    assertThat(
            responder
                .delete(
                    "api/v1/action-items/"
                        + id
                        + "?version="
                        + done.json().getJsonNumber("version"))
                .status())
        .isEqualTo(204);
    assertProblem(responder.get("api/v1/action-items/" + id), 404);
  }

  @Test
  void theWholeBoardCountsAnItemTheMomentItIsAddedOrClosed() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    ApiClient responder = api.as("responder");
    ApiClient admin = api.as("admin");
    int before = admin.get("api/v1/action-items?open=true").json().getInt("total");
    assertThat(admin.get("api/v1/action-items?open=true").json().getInt("total"))
        .as("counted again within the second")
        .isEqualTo(before);

    ApiClient.Reply created =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Page the database team on replica lag\",\"kind\":\"detect\","
                + "\"priority\":\"medium\",\"owner\":\"responder\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(admin.get("api/v1/action-items?open=true").json().getInt("total"))
        .isEqualTo(before + 1);

    JsonObject item = created.json();
    ApiClient.Reply done =
        responder.put(
            "api/v1/action-items/" + item.getJsonNumber("id"),
            "{\"version\":"
                + item.getJsonNumber("version")
                + ",\"title\":\"Page the database team on replica lag\",\"priority\":\"medium\","
                + "\"owner\":\"responder\",\"dueDate\":\""
                + item.getString("dueDate")
                + "\",\"status\":\"done\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(admin.get("api/v1/action-items?open=true").json().getInt("total")).isEqualTo(before);
  }

  @Test
  void badItemsAreRefusedByFieldAndNothingIsStored() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P0");
    ApiClient responder = api.as("responder");
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    ApiClient.Reply noOwner =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix it\",\"kind\":\"prevent\",\"priority\":\"low\"}");
    assertProblem(noOwner, 400);
    assertThat(noOwner.json().getJsonArray("errors").toString()).contains("owner");

    ApiClient.Reply past =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix it\",\"kind\":\"prevent\",\"priority\":\"low\",\"owner\":\"viewer\",\"dueDate\":\""
                + yesterday
                + "\"}");
    assertProblem(past, 400);
    assertThat(past.json().getJsonArray("errors").toString())
        .contains("dueDate")
        .contains("in the past");

    ApiClient.Reply farAhead =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix it\",\"kind\":\"prevent\",\"priority\":\"low\",\"owner\":\"viewer\",\"dueDate\":\"+9999999-01-01\"}");
    assertProblem(farAhead, 400);
    ApiClient.Reply noSuchRunbook =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix the runbook\",\"kind\":\"runbook_update\",\"priority\":\"low\",\"owner\":\"viewer\","
                + "\"runbook\":{\"repository\":\"sample\",\"path\":\"no-such-runbook.md\"}}");
    assertProblem(noSuchRunbook, 400);
    assertThat(noSuchRunbook.json().getString("detail")).contains("no runbook no-such-runbook.md");
    assertProblem(
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix the runbook\",\"kind\":\"runbook_update\",\"priority\":\"low\",\"owner\":\"viewer\","
                + "\"runbook\":{\"path\":\"database-restore.md\"}}"),
        400);
    ApiClient.Reply unknownOwner =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix it\",\"kind\":\"prevent\",\"priority\":\"low\",\"owner\":\"nobody-here\"}");
    assertProblem(unknownOwner, 400);
    assertThat(unknownOwner.json().getString("detail")).contains("no active user nobody-here");

    ApiClient.Reply badKind =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix it\",\"kind\":\"explode\",\"priority\":\"urgent\",\"owner\":\"viewer\"}");
    assertProblem(badKind, 400);
    assertThat(badKind.json().getJsonArray("errors").toString())
        .contains("kind")
        .contains("priority");

    ApiClient.Reply runbookWithout =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix the runbook\",\"kind\":\"runbook_update\",\"priority\":\"low\",\"owner\":\"viewer\"}");
    assertProblem(runbookWithout, 400);
    assertThat(runbookWithout.json().getJsonArray("errors").toString()).contains("runbook");

    ApiClient.Reply badLink =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Fix it\",\"kind\":\"prevent\",\"priority\":\"low\",\"owner\":\"viewer\",\"trackerLink\":\"javascript:alert(1)\"}");
    assertProblem(badLink, 400);

    ApiClient.Reply badFactor =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"factor\":\"f-00000000\",\"title\":\"Fix it\",\"kind\":\"prevent\",\"priority\":\"low\",\"owner\":\"viewer\"}");
    assertProblem(badFactor, 400);
    assertThat(badFactor.json().getString("detail")).contains("no contributing factor");

    assertProblem(
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\"PM-1999-9999\",\"title\":\"Fix it\",\"kind\":\"prevent\",\"priority\":\"low\",\"owner\":\"viewer\"}"),
        404);
    assertProblem(
        api.as("viewer")
            .post(
                "api/v1/action-items",
                "{\"postmortem\":\""
                    + key
                    + "\",\"title\":\"Fix it\",\"kind\":\"prevent\",\"priority\":\"low\",\"owner\":\"viewer\"}"),
        403);
    assertProblem(responder.post("api/v1/action-items", "{\"postmortem\":"), 400);
    assertProblem(responder.get("api/v1/action-items/abc"), 404);
    assertProblem(responder.get("api/v1/action-items?overdue=maybe"), 400);
    assertProblem(responder.get("api/v1/action-items?colour=red"), 400);
    assertThat(responder.get("api/v1/action-items?postmortem=" + key).json().getInt("total"))
        .isZero();

    JsonObject created =
        responder
            .post(
                "api/v1/action-items",
                "{\"postmortem\":\""
                    + key
                    + "\",\"title\":\"Document the fix\",\"kind\":\"runbook_update\",\"priority\":\"medium\",\"owner\":\"viewer\","
                    + "\"runbook\":{\"repository\":\"sample\",\"path\":\"database-restore.md\"}}")
            .json();
    ApiClient.Reply byHand =
        responder.put(
            "api/v1/action-items/" + created.getJsonNumber("id"),
            "{\"version\":"
                + created.getJsonNumber("version")
                + ",\"title\":\"Document the fix\",\"priority\":\"medium\",\"owner\":\"viewer\",\"dueDate\":\""
                + created.getString("dueDate")
                + "\",\"status\":\"done\"}");
    assertProblem(byHand, 409);
    assertThat(byHand.json().getString("detail")).contains("runbook change is merged");
    ApiClient.Reply wontDoWithoutReason =
        responder.put(
            "api/v1/action-items/" + created.getJsonNumber("id"),
            "{\"version\":"
                + created.getJsonNumber("version")
                + ",\"title\":\"Document the fix\",\"priority\":\"medium\",\"owner\":\"viewer\",\"dueDate\":\""
                + created.getString("dueDate")
                + "\",\"status\":\"wont_do\"}");
    assertProblem(wontDoWithoutReason, 409);
    assertThat(wontDoWithoutReason.json().getString("detail")).contains("won't be done");
  }

  @Test
  void ownersMoveTheirItemsWhateverTheirRoleButOnlyRespondersReplanThem() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    JsonObject mine = create(api, key, "viewer");
    JsonObject theirs = create(api, key, "reviewer2");
    ApiClient viewer = api.as("viewer");

    ApiClient.Reply started =
        viewer.put(
            "api/v1/action-items/" + mine.getJsonNumber("id"),
            change(mine, mine.getString("title"), "in_progress"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(started.json().getString("status")).isEqualTo("in_progress");

    ApiClient.Reply renamed =
        viewer.put(
            "api/v1/action-items/" + mine.getJsonNumber("id"),
            change(started.json(), "Something else", "in_progress"));
    assertProblem(renamed, 403);
    assertThat(renamed.json().getString("detail")).contains("status and the tracker link");

    assertProblem(
        viewer.put(
            "api/v1/action-items/" + theirs.getJsonNumber("id"),
            change(theirs, theirs.getString("title"), "in_progress")),
        403);
    assertThat(
            api.as("viewer")
                .get("api/v1/action-items/" + theirs.getJsonNumber("id"))
                .json()
                .getString("status"))
        .isEqualTo("open");
  }

  @Test
  void aWontDoReasonThatBlamesSomeoneGetsAWarningAndIsKeptAsWritten() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    JsonObject item = create(api, key, "viewer");
    String reason = "Pointless: Ingrid ignored the rotation alert last time too.";
    String body = change(item, "Rotate the keys", "wont_do");

    ApiClient.Reply closed =
        api.as("responder")
            .put(
                "api/v1/action-items/" + item.getJsonNumber("id"),
                body.substring(0, body.length() - 1) + ",\"reason\":\"" + reason + "\"}");

    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().getString("wontDoReason")).isEqualTo(reason);
    assertThat(
            closed.json().getJsonArray("blameWarnings").stream()
                .map(w -> w.asJsonObject().getString("field"))
                .toList())
        .containsExactly("wontDoReason");
  }

  private static JsonObject create(PostmortemApi api, String key, String owner) {
    ApiClient.Reply reply =
        api.as("responder")
            .post(
                "api/v1/action-items",
                "{\"postmortem\":\""
                    + key
                    + "\",\"title\":\"Rotate the keys\",\"kind\":\"process\",\"priority\":\"low\",\"owner\":\""
                    + owner
                    + "\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private static String change(JsonObject item, String title, String status) {
    return "{\"version\":"
        + item.getJsonNumber("version")
        + ",\"title\":\""
        + title
        + "\",\"priority\":\""
        + item.getString("priority")
        + "\",\"owner\":\""
        + item.getString("owner")
        + "\",\"dueDate\":\""
        + item.getString("dueDate")
        + "\",\"status\":\""
        + status
        + "\"}";
  }
}
