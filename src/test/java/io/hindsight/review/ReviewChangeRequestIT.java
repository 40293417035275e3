package io.hindsight.review;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "needs change" review turned into a change request over the API: opened once on its own branch
 * and linked both ways, the same one answered to every later call (also once closed), and bad
 * requests refused with problems and nothing opened.
 */
class ReviewChangeRequestIT extends OverHttp {

  @Test
  void aNeedsChangeReviewOpensOneChangeRequestLinkedBothWays() {
    String key = ReviewFixtures.uniqueKey("rcr");
    ReviewFixtures.register(
        base,
        key,
        files(
            "restore.md", ReviewFixtures.runbook("Restore", "2025-03-01"),
            "dns.md", ReviewFixtures.runbook("DNS failure", "2025-03-01")));
    ApiClient reviewer = api("reviewer");
    JsonObject review =
        ReviewFixtures.review(
            reviewer, key, "restore.md", "needs_change", "- Swap steps 1 and 2.\n- Add the RTO.");
    long item = ReviewFixtures.item(reviewer, key, "restore.md").getJsonNumber("id").longValue();
    long reviewId = review.getJsonNumber("id").longValue();
    String address = "api/v1/reviews/" + item + "/reviews/" + reviewId + "/change-request";

    ApiClient.Reply opened = reviewer.post(address, "");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long change = opened.json().getJsonNumber("id").longValue();
    assertThat(opened.json().getString("title")).isEqualTo("Restore: Swap steps 1 and 2.");
    assertThat(opened.json().getString("state")).isEqualTo("draft");
    assertThat(opened.json().getString("page")).isEqualTo("change.xhtml?id=" + change);
    assertThat(opened.json().getString("api")).isEqualTo("/api/v1/change-requests/" + change);
    assertThat(opened.header("Location")).endsWith("/api/v1/change-requests/" + change);

    JsonObject detail = reviewer.get("api/v1/change-requests/" + change).json();
    JsonObject summary = detail.getJsonObject("summary");
    assertThat(summary.getString("sourceKind")).isEqualTo("review");
    assertThat(summary.getString("sourceKey")).isEqualTo(String.valueOf(reviewId));
    assertThat(summary.getString("repository")).isEqualTo(key);
    assertThat(summary.getString("path")).isEqualTo("restore.md");
    assertThat(summary.getString("branch")).startsWith("runbook-improvement/restore-review-");
    assertThat(summary.getString("author")).isEqualTo("reviewer");

    JsonObject linked =
        reviewer
            .get("api/v1/reviews/" + item + "/history")
            .jsonValue()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(linked.getJsonNumber("id").longValue()).isEqualTo(reviewId);
    assertThat(linked.getJsonObject("changeRequest").getJsonNumber("id").longValue())
        .isEqualTo(change);

    // A second call, by anyone allowed, answers the same change request; so does the change API.
    ApiClient.Reply again = api("responder").post(address, "");
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(change);
    ApiClient.Reply direct =
        reviewer.post(
            "api/v1/change-requests",
            "{\"sourceKind\":\"review\",\"sourceKey\":\"" + reviewId + "\"}");
    assertThat(direct.status()).as(direct.toString()).isEqualTo(200);
    assertThat(direct.json().getJsonNumber("id").longValue()).isEqualTo(change);
    assertThat(
            reviewer
                .get("api/v1/change-requests?runbook=" + key + "/restore.md")
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(1);

    // Closed, it is still the one the review opened.
    ApiClient.Reply closed =
        reviewer.post(
            "api/v1/change-requests/" + change + "/close",
            "{\"version\":" + summary.getJsonNumber("version").longValue() + "}");
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    ApiClient.Reply afterClose = reviewer.post(address, "");
    assertThat(afterClose.status()).as(afterClose.toString()).isEqualTo(200);
    assertThat(afterClose.json().getString("state")).isEqualTo("closed");
  }

  @Test
  void aMergedChangeRequestClearsTheNeedsChangeOfTheReviewItCameFrom() {
    String key = ReviewFixtures.uniqueKey("rcm");
    ReviewFixtures.register(
        base,
        key,
        files(
            "failover.md", ReviewFixtures.runbook("Failover", "2025-03-01"),
            "backup.md", ReviewFixtures.runbook("Backup", "2025-03-01")));
    ApiClient reviewer = api("reviewer");
    ApiClient admin = api("admin");
    JsonObject failover =
        ReviewFixtures.review(reviewer, key, "failover.md", "needs_change", "Name the RTO.");
    ReviewFixtures.review(reviewer, key, "backup.md", "needs_change", "Add the restore test.");
    assertThat(needsChange(reviewer, key)).containsExactlyInAnyOrder("failover.md", "backup.md");
    long item = ReviewFixtures.item(reviewer, key, "failover.md").getJsonNumber("id").longValue();
    long reviewId = failover.getJsonNumber("id").longValue();

    ApiClient.Reply opened =
        reviewer.post("api/v1/reviews/" + item + "/reviews/" + reviewId + "/change-request", "");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long change = opened.json().getJsonNumber("id").longValue();
    JsonObject saved =
        changeAction(
            reviewer,
            "PUT",
            change,
            "content",
            Json.createObjectBuilder()
                .add("version", version(reviewer, change))
                .add(
                    "content",
                    ReviewFixtures.runbook("Failover", "2025-03-01") + "2. RTO: 15 minutes.\n"));
    JsonObject submitted =
        changeAction(
            reviewer,
            "POST",
            change,
            "submit",
            Json.createObjectBuilder().add("version", saved.getInt("version")));
    JsonObject approved =
        changeAction(
            admin,
            "POST",
            change,
            "reviews",
            Json.createObjectBuilder()
                .add("verdict", "approve")
                .add("comment", "Thanks")
                .add("version", submitted.getInt("version")));
    assertThat(needsChange(reviewer, key))
        .as("approved is not merged: the review still waits for the change")
        .contains("failover.md");

    JsonObject merged =
        changeAction(
            admin,
            "POST",
            change,
            "merge",
            Json.createObjectBuilder().add("version", approved.getInt("version")));
    assertThat(merged.getString("state")).isEqualTo("merged");
    assertThat(needsChange(reviewer, key))
        .as("the merged change answers the review it came from, and only that one")
        .containsExactly("backup.md");
    JsonObject after = reviewer.get("api/v1/reviews/" + item).json();
    assertThat(after.getJsonArray("reasons").stream().map(JsonObject.class::cast))
        .extracting(reason -> reason.getString("kind"))
        .doesNotContain("needs_change");
    var history = reviewer.get("api/v1/reviews/" + item + "/history").jsonValue().asJsonArray();
    JsonObject changed = history.getJsonObject(0);
    assertThat(changed.getString("outcome"))
        .as("the merge records the review it answered: outcome changed, the merge commit")
        .isEqualTo("changed");
    assertThat(changed.getString("commit")).isEqualTo(merged.getString("mergeCommit"));
    assertThat(changed.getString("reviewer")).isEqualTo("admin");
    assertThat(changed.getString("notes")).contains("#" + change);
    assertThat(
            history.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == reviewId)
                .findFirst()
                .orElseThrow()
                .getJsonObject("changeRequest")
                .getString("state"))
        .isEqualTo("merged");
    ApiClient.Reply byHand =
        reviewer.post(
            "api/v1/reviews/" + item + "/reviews",
            Json.createObjectBuilder()
                .add("version", after.getJsonNumber("version").longValue())
                .add("outcome", "changed")
                .build()
                .toString());
    assertProblem(byHand, 400);
    assertThat(byHand.body()).contains("outcome");
  }

  private static List<String> needsChange(ApiClient client, String key) {
    ApiClient.Reply reply =
        client.get("api/v1/reviews?all=true&reason=needs_change&repository=" + key);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return ReviewApiIT.paths(reply.json());
  }

  private static int version(ApiClient client, long change) {
    return client
        .get("api/v1/change-requests/" + change)
        .json()
        .getJsonObject("summary")
        .getInt("version");
  }

  private static JsonObject changeAction(
      ApiClient client, String method, long change, String action, JsonObjectBuilder body) {
    String path = "api/v1/change-requests/" + change + "/" + action;
    ApiClient.Reply reply =
        method.equals("PUT")
            ? client.put(path, body.build().toString())
            : client.post(path, body.build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void badRequestsAreRefusedAndOpenNothing() {
    String key = ReviewFixtures.uniqueKey("rcr-bad");
    ReviewFixtures.register(
        base,
        key,
        files(
            "restore.md", ReviewFixtures.runbook("Restore", "2025-03-01"),
            "dns.md", ReviewFixtures.runbook("DNS failure", "2025-03-01")));
    ApiClient reviewer = api("reviewer");
    long accurate =
        ReviewFixtures.review(reviewer, key, "restore.md", "still_accurate", "Fine.")
            .getJsonNumber("id")
            .longValue();
    long needsChange =
        ReviewFixtures.review(reviewer, key, "dns.md", "needs_change", "TTL is wrong.")
            .getJsonNumber("id")
            .longValue();
    long restore = ReviewFixtures.item(reviewer, key, "restore.md").getJsonNumber("id").longValue();
    long dns = ReviewFixtures.item(reviewer, key, "dns.md").getJsonNumber("id").longValue();

    // Only a "needs change" review opens one; a review belongs to its own runbook's item.
    assertProblem(reviewer.post(changeRequest(restore, accurate), ""), 409);
    assertProblem(reviewer.post(changeRequest(restore, needsChange), ""), 404);
    for (String path :
        List.of(
            "api/v1/reviews/999999999/reviews/" + needsChange + "/change-request",
            "api/v1/reviews/" + dns + "/reviews/999999999/change-request",
            "api/v1/reviews/abc/reviews/" + needsChange + "/change-request",
            "api/v1/reviews/" + dns + "/reviews/-1/change-request")) {
      assertProblem(reviewer.post(path, ""), 404);
    }
    assertProblem(api("viewer").post(changeRequest(dns, needsChange), ""), 403);
    assertProblem(new ApiClient(base).post(changeRequest(dns, needsChange), ""), 401);

    // The change API checks a review source too.
    assertProblem(
        reviewer.post(
            "api/v1/change-requests", "{\"sourceKind\":\"review\",\"sourceKey\":\"999999999\"}"),
        404);
    assertProblem(
        reviewer.post(
            "api/v1/change-requests",
            "{\"sourceKind\":\"review\",\"sourceKey\":\"" + accurate + "\"}"),
        409);
    assertProblem(
        reviewer.post(
            "api/v1/change-requests",
            "{\"sourceKind\":\"review\",\"sourceKey\":\""
                + needsChange
                + "\",\"runbook\":\""
                + key
                + "/restore.md\"}"),
        400);
    assertProblem(
        reviewer.post(
            "api/v1/change-requests", "{\"sourceKind\":\"review\",\"sourceKey\":\"x y\"}"),
        400);

    assertThat(
            reviewer
                .get("api/v1/change-requests?repository=" + key)
                .json()
                .getJsonNumber("total")
                .longValue())
        .as("nothing opened")
        .isZero();
    assertThat(reviewer.post(changeRequest(dns, needsChange), "").status()).isEqualTo(201);
  }

  private static String changeRequest(long item, long review) {
    return "api/v1/reviews/" + item + "/reviews/" + review + "/change-request";
  }
}
