package io.hindsight.postmortem;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A post-mortem from a resolved P0 to publication over HTTP, every step and role. */
class PostmortemWorkflowIT extends OverHttp {

  @Test
  void resolvedP0OpensADraftWithFactsThatIsReviewedAndPublished() {
    PostmortemApi api = new PostmortemApi(base);
    String incident = api.resolvedIncident("P0", Duration.ofMinutes(5));
    String key = PostmortemApi.postmortemKey(incident);

    ApiClient.Reply listed = api.as("viewer").get("api/v1/postmortems?incident=" + incident);
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.json().getInt("total")).isEqualTo(1);

    JsonObject draft = api.read("responder", key);
    assertThat(draft.getString("status")).isEqualTo("draft");
    assertThat(draft.getBoolean("required")).isTrue();
    assertThat(draft.getString("dueState")).isEqualTo("not_due");
    assertThat(
            Duration.between(
                Instant.parse(draft.getString("resolvedAt")),
                Instant.parse(draft.getString("dueAt"))))
        .isEqualTo(Duration.ofHours(48));
    assertThat(draft.getJsonArray("authors").getString(0)).isEqualTo("responder");
    JsonObject template = api.as("viewer").get("api/v1/postmortem-template").json();
    assertThat(draft.getInt("templateVersion")).isEqualTo(template.getInt("version"));
    assertThat(draft.getJsonArray("sections")).hasSize(template.getJsonArray("sections").size());
    assertThat(draft.getJsonArray("sections").getJsonObject(0).getString("key"))
        .isEqualTo("summary");
    assertThat(draft.getJsonArray("sla").getValuesAs(JsonObject.class))
        .anySatisfy(
            fact -> {
              assertThat(fact.getString("measure")).isEqualTo("acknowledge");
              assertThat(fact.getJsonNumber("targetMinutes").longValue()).isEqualTo(15);
              assertThat(fact.getBoolean("breached")).isTrue();
            });
    assertThat(draft.getJsonArray("timeline").getValuesAs(JsonObject.class))
        .anySatisfy(e -> assertThat(e.getString("text")).contains("503 for everyone"));

    JsonObject blamed =
        api.save("responder", key, "summary", "Human error: Bob forgot to renew the certificate.");
    assertThat(blamed.getJsonArray("warnings").getValuesAs(JsonObject.class))
        .extracting(w -> w.getString("text"))
        .anySatisfy(text -> assertThat(text.toLowerCase()).contains("human error"));
    assertThat(blamed.getJsonArray("sections").getJsonObject(0).getString("html"))
        .contains("<p>Human error");

    ApiClient responder = api.as("responder");
    ApiClient.Reply refused =
        responder.post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer\"]}");
    assertProblem(refused, 409);
    assertThat(refused.json().getString("detail"))
        .contains("Acknowledge or fix")
        .contains("Human error");

    ApiClient.Reply selfReview =
        responder.post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"responder\"]}");
    assertProblem(selfReview, 400);
    assertThat(selfReview.json().getString("detail")).contains("reviewer role");

    ApiClient.Reply stale =
        responder.put(
            "api/v1/postmortems/" + key,
            "{\"version\":" + draft.getJsonNumber("version") + ",\"sections\":{\"impact\":\"x\"}}");
    assertProblem(stale, 409);
    assertThat(stale.json().getJsonNumber("currentVersion").longValue())
        .isEqualTo(blamed.getJsonNumber("version").longValue());

    JsonObject fixed =
        api.save(
            "responder",
            key,
            "summary",
            "The certificate expired because renewal depended on a manual calendar reminder.");
    assertThat(fixed.getJsonArray("warnings")).isEmpty();
    ApiClient.Reply submitted =
        responder.post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer\"]}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.json().getString("status")).isEqualTo("in_review");

    ApiClient.Reply editInReview =
        responder.put(
            "api/v1/postmortems/" + key,
            "{\"version\":"
                + submitted.json().getJsonNumber("version")
                + ",\"sections\":{\"impact\":\"x\"}}");
    assertProblem(editInReview, 409);
    assertThat(editInReview.json().getString("detail")).contains("in review");

    assertProblem(api.as("responder").post("api/v1/postmortems/" + key + "/approve", ""), 403);
    ApiClient.Reply notChosen =
        api.as("reviewer2").post("api/v1/postmortems/" + key + "/approve", "");
    assertProblem(notChosen, 409);
    assertThat(notChosen.json().getString("detail")).contains("chosen reviewer");

    ApiClient.Reply changes =
        api.as("reviewer")
            .post(
                "api/v1/postmortems/" + key + "/request-changes",
                "{\"note\":\"Add the number of failed checkouts.\"}");
    assertThat(changes.json().getString("status")).isEqualTo("changes_requested");
    assertThat(changes.json().getString("reviewNote")).contains("failed checkouts");
    long version = changes.json().getJsonNumber("version").longValue();
    ApiClient.Reply impact =
        responder.put(
            "api/v1/postmortems/" + key,
            "{\"version\":"
                + version
                + ",\"impact\":{\"users\":1200,\"failedRequests\":5400,\"cost\":1800.50,\"currency\":\"eur\"},"
                + "\"factors\":[{\"description\":\"Certificate renewal was manual\"}]}");
    assertThat(impact.status()).as(impact.toString()).isEqualTo(200);
    assertThat(impact.json().getJsonObject("impact").getString("currency")).isEqualTo("EUR");
    assertThat(impact.json().getJsonArray("factors").getJsonObject(0).getString("id"))
        .matches("f-[0-9a-f]{8}");
    assertThat(
            responder
                .post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer\"]}")
                .status())
        .isEqualTo(200);

    JsonObject approved =
        api.as("reviewer").post("api/v1/postmortems/" + key + "/approve", "").json();
    assertThat(approved.getString("status")).isEqualTo("approved");
    JsonObject published = responder.post("api/v1/postmortems/" + key + "/publish", "").json();
    assertThat(published.getString("status")).isEqualTo("published");
    assertThat(published.getString("dueState")).isEqualTo("done");

    ApiClient.Reply locked =
        responder.put(
            "api/v1/postmortems/" + key,
            "{\"version\":"
                + published.getJsonNumber("version")
                + ",\"sections\":{\"impact\":\"More\"}}");
    assertProblem(locked, 409);
    assertThat(locked.json().getString("detail")).contains("give a reason");
    ApiClient.Reply revised =
        responder.put(
            "api/v1/postmortems/" + key,
            "{\"version\":"
                + published.getJsonNumber("version")
                + ",\"sections\":{\"impact\":\"1,200 customers could not pay.\"},\"reason\":\"Impact numbers confirmed by finance\"}");
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.json().getString("status")).isEqualTo("published");
    ApiClient.Reply blamedRevision =
        responder.put(
            "api/v1/postmortems/" + key,
            "{\"version\":"
                + revised.json().getJsonNumber("version")
                + ",\"sections\":{\"lessons-learned\":\"The operator was careless.\"},\"reason\":\"More lessons\"}");
    assertProblem(blamedRevision, 409);
    assertThat(blamedRevision.json().getString("detail")).contains("publishing this revision");

    ApiClient.Reply revisions = api.as("viewer").get("api/v1/postmortems/" + key + "/revisions");
    var history = revisions.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(history.get(0).getInt("number")).isEqualTo(1);
    JsonObject last = history.get(history.size() - 1);
    assertThat(last.getString("reason")).isEqualTo("Impact numbers confirmed by finance");
    assertThat(last.getInt("number")).isEqualTo(revised.json().getInt("revision"));
    ApiClient.Reply diff =
        api.as("viewer")
            .get("api/v1/postmortems/" + key + "/diff?from=1&to=" + last.getInt("number"));
    assertThat(diff.json().getString("unified"))
        .contains("+1,200 customers could not pay.")
        .contains("-status: draft")
        .contains("+status: published");

    ApiClient viewer = api.as("viewer");
    ApiClient.Reply export =
        viewer.raw(
            viewer
                .request("api/v1/postmortems/" + key + "/export.md")
                .setHeader("Accept", "text/markdown, */*")
                .GET());
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("text/markdown");
    assertThat(export.body())
        .startsWith("---\nkey: " + key)
        .contains("incident: " + incident)
        .contains("## Summary\n\nThe certificate expired")
        .contains("| acknowledge |")
        .contains("- Users affected: 1200")
        .contains("Certificate renewal was manual");
  }

  @Test
  void waiverIsForReviewersAndLowSeverities() {
    PostmortemApi api = new PostmortemApi(base);
    String p0 = api.draft("P0");
    ApiClient.Reply notWaivable =
        api.as("reviewer").post("api/v1/postmortems/" + p0 + "/waive", "{\"note\":\"Duplicate\"}");
    assertProblem(notWaivable, 409);
    assertThat(notWaivable.json().getString("detail")).contains("cannot be waived");

    String p3Incident = api.resolvedIncident("P3", Duration.ofMinutes(5));
    assertProblem(
        api.as("viewer").get("api/v1/postmortems/" + PostmortemApi.postmortemKey(p3Incident)), 404);
    ApiClient.Reply started =
        api.as("responder").post("api/v1/postmortems", "{\"incident\":\"" + p3Incident + "\"}");
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    assertThat(started.json().getBoolean("required")).isFalse();
    assertProblem(
        api.as("responder").post("api/v1/postmortems", "{\"incident\":\"" + p3Incident + "\"}"),
        409);
    String p3 = started.json().getString("key");
    assertProblem(
        api.as("responder").post("api/v1/postmortems/" + p3 + "/waive", "{\"note\":\"Minor\"}"),
        403);
    assertProblem(api.as("reviewer").post("api/v1/postmortems/" + p3 + "/waive", "{}"), 409);
    JsonObject waived =
        api.as("reviewer")
            .post(
                "api/v1/postmortems/" + p3 + "/waive",
                "{\"note\":\"Cosmetic, no customer impact\"}")
            .json();
    assertThat(waived.getString("status")).isEqualTo("waived");
    assertThat(waived.getString("dueState")).isEqualTo("waived");
    assertThat(waived.getString("waiveReason")).isEqualTo("Cosmetic, no customer impact");
  }

  /** The list reads one page of post-mortems: pages follow each other in order, with one total. */
  @Test
  void pagesOfTheListFollowEachOtherWithOneTotal() {
    PostmortemApi api = new PostmortemApi(base);
    api.resolvedIncident("P2", Duration.ofHours(3));
    api.resolvedIncident("P2", Duration.ofHours(2));
    ApiClient viewer = api.as("viewer");
    JsonObject both = viewer.get("api/v1/postmortems?size=2&page=0").json();
    JsonObject first = viewer.get("api/v1/postmortems?size=1&page=0").json();
    JsonObject second = viewer.get("api/v1/postmortems?size=1&page=1").json();
    assertThat(both.getInt("total")).isGreaterThanOrEqualTo(2);
    assertThat(List.of(first.getInt("total"), second.getInt("total")))
        .containsOnly(both.getInt("total"));
    assertThat(List.of(keys(first).get(0), keys(second).get(0))).isEqualTo(keys(both));
    assertThat(keys(viewer.get("api/v1/postmortems?size=100&page=100000").json())).isEmpty();
  }

  private static List<String> keys(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("key"))
        .toList();
  }

  @Test
  void lateDraftsAreOverdueAndListedSo() {
    PostmortemApi api = new PostmortemApi(base);
    String overdue = PostmortemApi.postmortemKey(api.resolvedIncident("P1", Duration.ofHours(50)));
    String soon = PostmortemApi.postmortemKey(api.resolvedIncident("P1", Duration.ofHours(40)));
    assertThat(api.read("viewer", overdue).getString("dueState")).isEqualTo("overdue");
    assertThat(api.read("viewer", soon).getString("dueState")).isEqualTo("due_soon");
    ApiClient.Reply list = api.as("viewer").get("api/v1/postmortems?due=overdue&size=100");
    assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("key"))
        .contains(overdue)
        .doesNotContain(soon);
    ApiClient.Reply mine =
        api.as("responder").get("api/v1/postmortems?author=me&status=draft&due=overdue&size=100");
    assertThat(mine.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("key"))
        .contains(overdue)
        .doesNotContain(soon);
    ApiClient.Reply mineSoon =
        api.as("responder").get("api/v1/postmortems?author=me&status=draft&due=due_soon&size=100");
    assertThat(mineSoon.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("key"))
        .contains(soon)
        .doesNotContain(overdue);
    assertThat(mine.json().getJsonArray("items").getJsonObject(0)).doesNotContainKey("sections");
  }

  @Test
  void runbooksUsedAndFlaggedDuringTheIncidentPrefillTheRunbookFeedback() {
    PostmortemApi api = new PostmortemApi(base);
    JsonObject declared = api.incidents.declare("responder", "P1", "outage", "Database failover");
    String incident = declared.getString("key");
    ApiClient responder = api.as("responder");
    String runbook = "{\"repository\":\"sample\",\"path\":\"database-restore.md\"";
    assertThat(responder.post("api/v1/incidents/" + incident + "/runbooks", runbook + "}").status())
        .isIn(200, 201);
    ApiClient.Reply flagged =
        responder.post(
            "api/v1/incidents/" + incident + "/feedback",
            runbook
                + ",\"step\":\"Promote the replica\",\"problem\":\"wrong\",\"note\":\"The command changed\"}");
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
    assertThat(responder.post("api/v1/incidents/" + incident + "/resolve", "").status())
        .isEqualTo(200);

    JsonObject draft = api.read("responder", PostmortemApi.postmortemKey(incident));
    var sections = draft.getJsonArray("sections").getValuesAs(JsonObject.class);
    assertThat(sections)
        .filteredOn(section -> section.getString("key").equals("runbook-feedback"))
        .singleElement()
        .satisfies(
            section ->
                assertThat(section.getString("markdown"))
                    .contains("`sample/database-restore.md`")
                    .contains("step \"Promote the replica\": wrong — The command changed"));
    assertThat(sections)
        .filteredOn(section -> section.getString("key").equals("impact"))
        .singleElement()
        .satisfies(
            section ->
                assertThat(section.getString("markdown"))
                    .isEqualTo("Affected services: checkout-api."));
  }

  @Test
  void aWaivedPostmortemIsRequiredAgainWhenTheIncidentIsResolvedAgainAsP0() {
    PostmortemApi api = new PostmortemApi(base);
    String incident = api.resolvedIncident("P2", Duration.ofMinutes(50));
    String key = PostmortemApi.postmortemKey(incident);
    ApiClient responder = api.as("responder");
    assertThat(responder.post("api/v1/postmortems", "{\"incident\":\"" + incident + "\"}").status())
        .isEqualTo(201);
    assertThat(
            api.as("reviewer")
                .post("api/v1/postmortems/" + key + "/waive", "{\"note\":\"Looked minor\"}")
                .status())
        .isEqualTo(200);

    String path = "api/v1/incidents/" + incident;
    JsonObject reopened = responder.post(path + "/reopen", "").json();
    ApiClient.Reply raised = responder.put(path, withSeverity(reopened, "P0"));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
    assertThat(responder.post(path + "/resolve", "").status()).isEqualTo(200);
    JsonObject resolved = responder.get(path).json();

    JsonObject postmortem = api.read("responder", key);
    assertThat(postmortem.getString("status")).isEqualTo("draft");
    assertThat(postmortem.getString("severity")).isEqualTo("P0");
    assertThat(postmortem.getBoolean("required")).isTrue();
    assertThat(Instant.parse(postmortem.getString("resolvedAt")))
        .isEqualTo(Instant.parse(resolved.getString("resolvedAt")));
    assertThat(
            Duration.between(
                Instant.parse(postmortem.getString("resolvedAt")),
                Instant.parse(postmortem.getString("dueAt"))))
        .isEqualTo(Duration.ofHours(48));
    assertThat(postmortem.getString("dueState")).isEqualTo("not_due");
    ApiClient.Reply waived =
        api.as("reviewer").post("api/v1/postmortems/" + key + "/waive", "{\"note\":\"Again\"}");
    assertProblem(waived, 409);
    assertThat(waived.json().getString("detail")).contains("cannot be waived");
  }

  @Test
  void anOpenPostmortemFollowsTheIncidentRaisedToP0() {
    PostmortemApi api = new PostmortemApi(base);
    String incident = api.resolvedIncident("P2", Duration.ofMinutes(50));
    String key = PostmortemApi.postmortemKey(incident);
    ApiClient responder = api.as("responder");
    assertThat(responder.post("api/v1/postmortems", "{\"incident\":\"" + incident + "\"}").status())
        .isEqualTo(201);

    String path = "api/v1/incidents/" + incident;
    ApiClient.Reply raised = responder.put(path, withSeverity(responder.get(path).json(), "P0"));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(200);

    JsonObject postmortem = api.read("responder", key);
    assertThat(postmortem.getString("severity")).isEqualTo("P0");
    assertThat(postmortem.getBoolean("required")).isTrue();
    assertThat(postmortem.getJsonArray("sla").getValuesAs(JsonObject.class))
        .anySatisfy(
            fact -> {
              assertThat(fact.getString("measure")).isEqualTo("acknowledge");
              assertThat(fact.getJsonNumber("targetMinutes").longValue()).isEqualTo(240);
              assertThat(fact.getBoolean("breached")).isFalse();
            });
    ApiClient.Reply waived =
        api.as("reviewer").post("api/v1/postmortems/" + key + "/waive", "{\"note\":\"Minor\"}");
    assertProblem(waived, 409);
    assertThat(waived.json().getString("detail")).contains("cannot be waived");
  }

  @Test
  void aPostmortemOpenedOnRequestIsDueCountedFromItsOpening() {
    PostmortemApi api = new PostmortemApi(base);
    String incident = api.resolvedIncident("P3", Duration.ofDays(3));
    Instant before = Instant.now().minusSeconds(1);

    ApiClient.Reply started =
        api.as("responder").post("api/v1/postmortems", "{\"incident\":\"" + incident + "\"}");

    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    JsonObject postmortem = started.json();
    Instant resolvedAt = Instant.parse(postmortem.getString("resolvedAt"));
    assertThat(resolvedAt).isBefore(before.minus(Duration.ofDays(2)));
    assertThat(Instant.parse(postmortem.getString("dueAt")))
        .isBetween(before.plus(Duration.ofHours(48)), Instant.now().plus(Duration.ofHours(48)));
    assertThat(postmortem.getString("dueState")).isEqualTo("not_due");
  }

  /** The incident's fields as read, with another severity. */
  private static String withSeverity(JsonObject incident, String severity) {
    return Json.createObjectBuilder()
        .add("version", incident.getJsonNumber("version"))
        .add("title", incident.getString("title"))
        .add("severity", severity)
        .add("category", incident.getString("category"))
        .add("services", incident.getJsonArray("services"))
        .add("startedAt", incident.getString("startedAt"))
        .add("detectedAt", incident.getString("detectedAt"))
        .add("restricted", incident.getBoolean("restricted"))
        .add("commander", incident.getString("commander"))
        .build()
        .toString();
  }
}
