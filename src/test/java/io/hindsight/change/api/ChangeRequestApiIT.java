package io.hindsight.change.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.change.ChangeFixtures;
import io.hindsight.change.Pushes;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Change requests over HTTP against a repository whose remote is a bare repository on disk: open,
 * save as commits, review, merge, tag and push; and every refusal with nothing stored.
 */
class ChangeRequestApiIT extends OverHttp {

  private static final String PATH = ChangeFixtures.PATH;
  private static final String ORIGINAL = ChangeFixtures.ORIGINAL;

  @Test
  void aReviewerEditsASecondApprovesItMergesTaggedAndPushed() {
    String key = key("chg");
    BareRemote remote = repository(key);
    ApiClient author = api("reviewer");
    ApiClient second = api("reviewer2");
    String authorMail = "author-" + key + "@example.com";
    String secondMail = "second-" + key + "@example.com";
    assertThat(author.put("api/v1/me/email", body("email", authorMail)).status()).isEqualTo(200);
    assertThat(second.put("api/v1/me/email", body("email", secondMail)).status()).isEqualTo(200);

    ApiClient.Reply opened = author.post("api/v1/change-requests", open(key));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    String branch = opened.json().getString("branch");
    assertThat(branch).startsWith("runbook-improvement/database-restore-edit-reviewer-");
    assertThat(author.get("api/v1/change-requests/" + id).json().getString("before"))
        .isEqualTo(ORIGINAL);
    assertThat(GitCli.bare(remote.directory(), "rev-parse", branch))
        .as("opening pushes the change's branch, at its base")
        .isEqualTo(GitCli.bare(remote.directory(), "rev-parse", "main"));

    String edited =
        ORIGINAL.replace("2. Restore the snapshot", "2. Restore the newest snapshot")
            + "\n## Verify\n\nRun the checks.\n";
    JsonObject saved = save(author, id, edited, 0, 200).json();
    assertThat(saved.getInt("version")).isPositive();
    assertThat(GitCli.bare(remote.directory(), "rev-parse", branch))
        .as("each save pushes the change's branch, at its new head")
        .isEqualTo(
            author.get("api/v1/change-requests/" + id).json().getString("headCommit") + "\n");
    ApiClient.Reply same = save(author, id, edited, saved.getInt("version"), 400);
    assertThat(same.body()).contains("Nothing changed");
    assertThat(save(author, id, edited + "x", 0, 409).body()).contains("version");

    JsonObject submitted = post(author, id, "submit", saved.getInt("version"), 200).json();
    ApiClient.Reply own =
        author.post("api/v1/change-requests/" + id + "/reviews", review("approve", submitted));
    assertThat(own.status()).as(own.toString()).isEqualTo(403);
    assertThat(own.contentType()).startsWith("application/problem+json");
    assertThat(own.body()).contains("own");
    ApiClient.Reply early = post(second, id, "merge", submitted.getInt("version"), 409);
    assertThat(early.body()).contains("approved");

    ApiClient.Reply approved =
        second.post("api/v1/change-requests/" + id + "/reviews", review("approve", submitted));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().getString("state")).isEqualTo("approved");

    JsonObject detail = second.get("api/v1/change-requests/" + id).json();
    assertThat(detail.getString("diff")).contains("+2. Restore the newest snapshot");
    assertThat(detail.getJsonObject("allowed").getBoolean("merge")).isTrue();
    assertThat(detail.getJsonObject("allowed").getBoolean("review")).isFalse();

    JsonObject merged = post(second, id, "merge", approved.json().getInt("version"), 200).json();
    assertThat(merged.getString("state")).isEqualTo("merged");
    String commit = merged.getString("mergeCommit");
    String tag = merged.getString("tag");
    assertThat(tag).matches("runbooks-\\d{4}\\.\\d{2}\\.\\d{2}(\\.\\d+)?");
    JsonObject push = Pushes.await(second, id, "pushed");
    assertThat(push.getString("commit")).isEqualTo(commit);
    assertThat(push.getInt("attempts")).isEqualTo(1);

    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(commit + "\n");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + PATH)).isEqualTo(edited);
    assertThat(GitCli.bare(remote.directory(), "log", "-1", "--format=%cn|%s", commit))
        .isEqualTo("Hindsight|Update database-restore.md\n");
    assertThat(GitCli.bare(remote.directory(), "log", "-1", "--format=%an", commit))
        .isNotEqualTo("Hindsight\n");
    assertThat(GitCli.bare(remote.directory(), "cat-file", "-t", tag)).isEqualTo("tag\n");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", tag + "^{commit}"))
        .isEqualTo(commit + "\n");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", branch)).isEqualTo(commit + "\n");
    GitCli.bare(remote.directory(), "fsck", "--strict");
    assertThat(new ApiClient(base).get("metrics").body())
        .as("each push is timed: the branch at opening and at the save, the merge")
        .containsPattern(
            "(?m)^hindsight_git_push_seconds_count\\{[^}]*outcome=\"success\"[^}]*repository=\""
                + key
                + "\"[^}]*\\} 3(\\.0)?$");

    JsonObject runbook = author.get("api/v1/runbooks/" + key + "/" + PATH).json();
    assertThat(runbook.getString("html")).contains("Restore the newest snapshot");
    assertThat(post(author, id, "close", merged.getInt("version"), 409).body()).contains("merged");

    String cr = "change_request:CR-" + id;
    assertThat(notices(secondMail)).containsExactly("change_review_requested " + cr);
    assertThat(notices(authorMail))
        .containsExactlyInAnyOrder("change_reviewed " + cr, "change_merged " + cr);
  }

  /** The notifications queued for an address: kind and subject of each. */
  private java.util.List<String> notices(String address) {
    ApiClient.Reply log =
        api("admin").get("api/v1/notifications?recipient=" + address + "&limit=50");
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    return log.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(entry -> entry.getString("kind") + " " + entry.getString("subject"))
        .toList();
  }

  @Test
  void aSecondMergeOnTheSameLinesIsAConflictAndLosesNothing() {
    String key = key("chg-conflict");
    BareRemote remote = repository(key);
    ApiClient responder = api("responder");
    ApiClient reviewer = api("reviewer");
    long first = approved(responder, reviewer, key, "Restore the first snapshot");
    ApiClient other = api("reviewer2");
    long second = approved(other, reviewer, key, "Restore the second snapshot");

    JsonObject one = responder.get("api/v1/change-requests/" + first).json();
    post(reviewer, first, "merge", one.getJsonObject("summary").getInt("version"), 200);
    Pushes.await(reviewer, first, "pushed");
    String mainAfterFirst = GitCli.bare(remote.directory(), "rev-parse", "main");

    JsonObject two = responder.get("api/v1/change-requests/" + second).json();
    assertThat(two.getBoolean("baseMoved")).isTrue();
    assertThat(two.getJsonArray("conflicts")).hasSize(1);
    JsonObject both = two.getJsonArray("conflicts").getJsonObject(0);
    assertThat(both.getString("base")).isEqualTo("2. Restore the first snapshot\n");
    assertThat(both.getString("change")).isEqualTo("2. Restore the second snapshot\n");
    assertThat(both.getInt("line")).isEqualTo(10);
    ApiClient.Reply conflict =
        post(reviewer, second, "merge", two.getJsonObject("summary").getInt("version"), 409);
    assertThat(conflict.contentType()).startsWith("application/problem+json");
    assertThat(conflict.body()).contains(PATH).contains("resolve");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(mainAfterFirst);
    JsonObject still = responder.get("api/v1/change-requests/" + second).json();
    assertThat(still.getJsonObject("summary").getString("state")).isEqualTo("approved");
    assertThat(still.getString("after")).contains("Restore the second snapshot");

    String resolved =
        ORIGINAL.replace(
            "2. Restore the snapshot", "2. Restore the first, then the second snapshot");
    JsonObject saved =
        save(other, second, resolved, still.getJsonObject("summary").getInt("version"), 200).json();
    assertThat(saved.getString("state")).isEqualTo("in-review");
    assertThat(other.get("api/v1/change-requests/" + second).json().getJsonArray("conflicts"))
        .isEmpty();
    JsonObject reapproved =
        reviewer
            .post("api/v1/change-requests/" + second + "/reviews", review("approve", saved))
            .json();
    post(reviewer, second, "merge", reapproved.getInt("version"), 200);
    Pushes.await(reviewer, second, "pushed");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + PATH)).isEqualTo(resolved);
    assertThat(GitCli.bare(remote.directory(), "log", "--format=%s", "main"))
        .contains("Restore the first snapshot")
        .contains("Restore the second snapshot");
    GitCli.bare(remote.directory(), "fsck", "--strict");
  }

  @Test
  void aSaveAfterTheBaseMovedKeepsWhatTheOtherChangeMerged() {
    String key = key("chg-moved");
    BareRemote remote = repository(key);
    ApiClient responder = api("responder");
    ApiClient reviewer = api("reviewer");
    ApiClient other = api("reviewer2");
    ApiClient.Reply opened = other.post("api/v1/change-requests", titled(key, "Rollback wording"));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long late = opened.json().getJsonNumber("id").longValue();
    long first = approved(responder, reviewer, key, "Restore the newest snapshot");
    JsonObject one = responder.get("api/v1/change-requests/" + first).json();
    post(reviewer, first, "merge", one.getJsonObject("summary").getInt("version"), 200);

    String editedFromTheOldText = ORIGINAL.replace("Undo it.", "Undo it, then check the rows.");
    JsonObject saved = save(other, late, editedFromTheOldText, 0, 200).json();
    JsonObject after = other.get("api/v1/change-requests/" + late).json();
    assertThat(after.getString("after"))
        .as("the line merged meanwhile is not taken back by a text written before it")
        .contains("2. Restore the newest snapshot")
        .contains("Undo it, then check the rows.");
    assertThat(after.getBoolean("baseMoved")).isFalse();

    JsonObject submitted = post(other, late, "submit", saved.getInt("version"), 200).json();
    JsonObject approved =
        reviewer
            .post("api/v1/change-requests/" + late + "/reviews", review("approve", submitted))
            .json();
    post(reviewer, late, "merge", approved.getInt("version"), 200);
    Pushes.await(reviewer, late, "pushed");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + PATH))
        .contains("2. Restore the newest snapshot")
        .contains("Undo it, then check the rows.");
  }

  @Test
  void badInputIsRefusedClearlyAndNothingIsStored() {
    String key = key("chg-bad");
    repository(key);
    ApiClient responder = api("responder");
    int before = responder.get("api/v1/change-requests?repository=" + key).json().getInt("total");

    assertProblem(
        responder.post("api/v1/change-requests", body("runbook", key + "/runbooks/missing.md")),
        400,
        "There is no runbook");
    assertProblem(
        responder.post("api/v1/change-requests", body("runbook", key + "/../etc/passwd.md")),
        400,
        "runbook");
    assertProblem(
        responder.post("api/v1/change-requests", body("runbook", key + "/README.md")),
        400,
        "outside the runbook folder");
    assertProblem(
        responder.post("api/v1/change-requests", body("runbook", "nosuchrepo/runbooks/a.md")),
        400,
        "nosuchrepo");
    assertProblem(
        responder.post(
            "api/v1/change-requests",
            Json.createObjectBuilder()
                .add("sourceKind", "action-item")
                .add("sourceKey", "x")
                .build()
                .toString()),
        400,
        "sourceKey");
    assertProblem(
        responder.post(
            "api/v1/change-requests",
            Json.createObjectBuilder()
                .add("runbook", key + "/" + PATH)
                .add("sourceKind", "nope")
                .build()
                .toString()),
        400,
        "sourceKind");
    assertProblem(api("viewer").post("api/v1/change-requests", open(key)), 403, "");
    assertProblem(responder.get("api/v1/change-requests/abc"), 404, "change request");
    assertProblem(responder.get("api/v1/change-requests/99999999"), 404, "change request");
    assertProblem(responder.get("api/v1/change-requests?state=sideways"), 400, "state");
    assertThat(responder.get("api/v1/change-requests?repository=" + key).json().getInt("total"))
        .isEqualTo(before);

    long id =
        responder.post("api/v1/change-requests", open(key)).json().getJsonNumber("id").longValue();
    assertProblem(save(responder, id, null, 0, 400), 400, "content");
    assertProblem(save(responder, id, "PK\u0003\u0004", 0, 400), 400, "control characters");
    assertProblem(
        responder.put("api/v1/change-requests/" + id + "/content", "{\"content\":\"# x\"}"),
        400,
        "version");
    assertProblem(save(api("reviewer"), id, "# Other\n", 0, 403), 403, "author");
    assertProblem(post(responder, id, "submit", 0, 409), 409, "no commit");
    assertProblem(
        responder.post(
            "api/v1/change-requests/" + id + "/reviews", "{\"verdict\":\"maybe\",\"version\":0}"),
        400,
        "verdict");
    JsonObject detail = responder.get("api/v1/change-requests/" + id).json();
    assertThat(detail.getJsonObject("summary").getInt("version")).isZero();
    assertThat(detail.getString("headCommit")).isEqualTo(detail.getString("baseCommit"));
    assertThat(responder.post("api/v1/change-requests", open(key)).status()).isEqualTo(200);
  }

  @Test
  void aBlamingTitleOrCommentGetsAWarningAndIsKeptAsWritten() {
    String key = key("chg-blame");
    repository(key);
    ApiClient author = api("responder");
    String title = "Dmitri forgot the verify step in the restore";
    ApiClient.Reply opened = author.post("api/v1/change-requests", titled(key, title));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    JsonObject saved =
        save(author, id, ORIGINAL + "\n## Verify\n\nRun the checks.\n", 0, 200).json();
    JsonObject submitted = post(author, id, "submit", saved.getInt("version"), 200).json();
    String comment = "Fine, but Sanjay ignored the same warning last time.";
    ApiClient.Reply reviewed =
        api("reviewer")
            .post(
                "api/v1/change-requests/" + id + "/reviews",
                Json.createObjectBuilder()
                    .add("verdict", "request_changes")
                    .add("comment", comment)
                    .add("version", submitted.getInt("version"))
                    .build()
                    .toString());
    assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);

    JsonObject detail = author.get("api/v1/change-requests/" + id).json();

    assertThat(detail.getJsonObject("summary").getString("title")).isEqualTo(title);
    assertThat(detail.getJsonArray("comments").getJsonObject(0).getString("text"))
        .isEqualTo(comment);
    assertThat(
            detail.getJsonArray("blameWarnings").stream()
                .map(JsonValue::asJsonObject)
                .map(w -> w.getString("field") + " " + w.getString("text").split(" ")[0]))
        .containsExactly("title Dmitri", "comments[0] Sanjay");
    assertThat(detail.getJsonArray("blameWarnings").getJsonObject(0).getJsonArray("rewrites"))
        .isNotEmpty();
  }

  private long approved(ApiClient author, ApiClient reviewer, String key, String line) {
    ApiClient.Reply opened = author.post("api/v1/change-requests", titled(key, line));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    JsonObject saved =
        save(author, id, ORIGINAL.replace("2. Restore the snapshot", "2. " + line), 0, 200).json();
    JsonObject submitted = post(author, id, "submit", saved.getInt("version"), 200).json();
    ApiClient.Reply approved =
        reviewer.post("api/v1/change-requests/" + id + "/reviews", review("approve", submitted));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return id;
  }

  private static String titled(String key, String title) {
    return Json.createObjectBuilder()
        .add("runbook", key + "/" + PATH)
        .add("title", title)
        .build()
        .toString();
  }

  private static void assertProblem(ApiClient.Reply reply, int status, String text) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    assertThat(reply.body()).as(reply.toString()).contains(text);
  }

  private static ApiClient.Reply save(
      ApiClient client, long id, String content, int version, int status) {
    var body = Json.createObjectBuilder().add("version", version).add("significant", true);
    if (content != null) {
      body.add("content", content);
    }
    ApiClient.Reply reply =
        client.put("api/v1/change-requests/" + id + "/content", body.build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    return reply;
  }

  private static ApiClient.Reply post(
      ApiClient client, long id, String action, int version, int status) {
    ApiClient.Reply reply =
        client.post(
            "api/v1/change-requests/" + id + "/" + action,
            Json.createObjectBuilder().add("version", version).build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    return reply;
  }

  private static String review(String verdict, JsonObject change) {
    return Json.createObjectBuilder()
        .add("verdict", verdict)
        .add("comment", "Looks right")
        .add("version", change.getInt("version"))
        .build()
        .toString();
  }

  private static String open(String key) {
    return body("runbook", key + "/" + PATH);
  }

  private static String body(String field, String value) {
    return Json.createObjectBuilder().add(field, value).build().toString();
  }

  private static String key(String prefix) {
    return ChangeFixtures.key(prefix);
  }

  private BareRemote repository(String key) {
    return ChangeFixtures.repository(api("admin"), key);
  }
}
