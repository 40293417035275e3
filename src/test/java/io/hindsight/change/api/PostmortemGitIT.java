package io.hindsight.change.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.change.ChangeFixtures;
import io.hindsight.change.PublishedPostmortems;
import io.hindsight.change.Pushes;
import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Post-mortems into Git over HTTP, against a repository whose remote is a bare repository on disk:
 * refused while no repository takes them or while not published; through a change request that is
 * reviewed and merged; straight to the base branch once the repository allows it; the remote
 * checked with the git CLI.
 */
class PostmortemGitIT extends OverHttp {

  @Test
  void aPublishedPostmortemGoesThroughReviewOrStraightToTheBaseBranch() throws IOException {
    ApiClient admin = api("admin");
    ApiClient responder = api("responder");
    ApiClient reviewer = api("reviewer");
    String repo = ChangeFixtures.key("pmgit");
    String other = ChangeFixtures.key("pmgit2");
    BareRemote remote = ChangeFixtures.repository(admin, repo);
    ChangeFixtures.repository(admin, other);
    for (JsonObject registered :
        admin.get("api/v1/repositories").jsonValue().asJsonArray().getValuesAs(JsonObject.class)) {
      admin.delete("api/v1/repositories/" + registered.getString("key") + "/postmortems");
    }
    PostmortemApi postmortems = new PostmortemApi(base);
    String key = postmortems.draft("P1");
    String mainBefore = GitCli.bare(remote.directory(), "rev-parse", "main");

    ApiClient.Reply draft = responder.post("api/v1/postmortems/" + key + "/git", "");
    assertProblem(draft, 409, "only a published post-mortem");
    String published = PublishedPostmortems.publish(postmortems, key);
    ApiClient.Reply unset = responder.post("api/v1/postmortems/" + key + "/git", "");
    assertProblem(unset, 409, "No repository takes post-mortems");

    assertProblem(
        admin.put("api/v1/repositories/" + repo + "/postmortems", "{\"folder\":\"../pm\"}"),
        400,
        "..");
    assertProblem(admin.put("api/v1/repositories/" + repo + "/postmortems", ""), 400, "JSON");
    assertProblem(
        admin.put("api/v1/repositories/no-such-repo/postmortems", "{\"folder\":\"pm\"}"),
        404,
        "no-such-repo");
    assertThat(
            responder
                .put("api/v1/repositories/" + repo + "/postmortems", "{\"folder\":\"pm\"}")
                .status())
        .isEqualTo(403);
    ApiClient.Reply set =
        admin.put("api/v1/repositories/" + repo + "/postmortems", "{\"folder\":\"postmortems\"}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getBoolean("directCommits")).isFalse();
    assertProblem(
        admin.put("api/v1/repositories/" + other + "/postmortems", "{\"folder\":\"pm\"}"),
        409,
        "takes post-mortems already");
    assertThat(admin.get("api/v1/repositories/" + other + "/postmortems").status()).isEqualTo(404);

    assertProblem(
        responder.post("api/v1/postmortems/" + key + "/git", "{\"route\":\"sideways\"}"),
        400,
        "review or direct");
    assertProblem(
        reviewer.post("api/v1/postmortems/" + key + "/git", "{\"route\":\"direct\"}"),
        409,
        "reviewed change request only");
    assertThat(api("viewer").post("api/v1/postmortems/" + key + "/git", "").status())
        .isEqualTo(403);
    assertProblem(responder.post("api/v1/postmortems/PM-1999-9999/git", ""), 404, "PM-1999-9999");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(mainBefore);

    String path = "postmortems/" + key.substring(3, 7) + "/" + key + ".md";
    ApiClient.Reply committed = responder.post("api/v1/postmortems/" + key + "/git", "");
    assertThat(committed.status()).as(committed.toString()).isEqualTo(201);
    JsonObject change = committed.json();
    assertThat(change.getString("route")).isEqualTo("review");
    assertThat(change.getString("path")).isEqualTo(path);
    assertThat(change.getString("changeRequestState")).isEqualTo("in review");
    long id = change.getJsonNumber("changeRequest").longValue();
    ApiClient.Reply again = responder.post("api/v1/postmortems/" + key + "/git", "");
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getJsonNumber("changeRequest").longValue()).isEqualTo(id);

    JsonObject detail = reviewer.get("api/v1/change-requests/" + id).json();
    ApiClient.Reply approved =
        reviewer.post(
            "api/v1/change-requests/" + id + "/reviews",
            "{\"verdict\":\"approve\",\"version\":"
                + detail.getJsonObject("summary").getInt("version")
                + "}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    ApiClient.Reply merged =
        reviewer.post(
            "api/v1/change-requests/" + id + "/merge",
            "{\"version\":" + approved.json().getInt("version") + "}");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    String mergeCommit = merged.json().getString("mergeCommit");
    assertThat(merged.json().getString("tag", null)).isNull();

    // The merge's push goes out from the queue after the merge commits.
    assertThat(Pushes.await(reviewer, id, "pushed").getString("commit")).isEqualTo(mergeCommit);
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(mergeCommit + "\n");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + path)).isEqualTo(published);
    assertThat(
            GitCli.bare(
                remote.directory(), "log", "-1", "--format=%an|%cn|%s", change.getString("commit")))
        .matches("(?s)[^|]*responder[^|]*\\|Hindsight\\|Post-mortem " + key + ": .*");
    assertThat(GitCli.bare(remote.directory(), "tag", "--list")).isEmpty();
    ApiClient.Reply unchanged = reviewer.post("api/v1/postmortems/" + key + "/git", "");
    assertProblem(unchanged, 409, "nothing to commit");

    ApiClient.Reply allowed =
        admin.put(
            "api/v1/repositories/" + repo + "/postmortems",
            "{\"folder\":\"ops/postmortems\",\"directCommits\":true}");
    assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
    assertProblem(
        responder.post("api/v1/postmortems/" + key + "/git", "{\"route\":\"direct\"}"),
        403,
        "reviewers");
    assertProblem(responder.get("api/v1/postmortems/" + key + "/git"), 404, "never committed");
    Path away = remote.directory().resolveSibling(repo + ".away");
    Files.move(remote.directory(), away);
    ApiClient.Reply direct =
        reviewer.post("api/v1/postmortems/" + key + "/git", "{\"route\":\"direct\"}");
    assertThat(direct.status())
        .as("a remote that is down delays the push: " + direct)
        .isEqualTo(201);
    String directPath = "ops/" + path;
    assertThat(direct.json().getString("path")).isEqualTo(directPath);
    assertThat(direct.json().getJsonObject("push").getString("state"))
        .as("the worker may have tried once already, after the commit")
        .isIn("pending", "retrying");
    assertThat(direct.json().containsKey("changeRequest")).isFalse();
    String commit = direct.json().getString("commit");
    JsonObject retrying = directPush(responder, key, "retrying");
    assertThat(retrying.getString("error")).contains(repo);
    Files.move(away, remote.directory());
    Pushes.drain(admin, true);
    JsonObject pushed = directPush(responder, key, "pushed");
    assertThat(pushed.getString("commit")).isEqualTo(commit);
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(commit + "\n");
    assertThat(GitCli.bare(remote.directory(), "log", "-1", "--format=%P|%an|%cn", commit))
        .matches(mergeCommit + "\\|[^|]*reviewer[^|]*\\|Hindsight\n");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + directPath)).isEqualTo(published);
    assertThat(GitCli.bare(remote.directory(), "fsck", "--strict")).doesNotContain("error");

    assertThat(admin.delete("api/v1/repositories/" + repo + "/postmortems").status())
        .isEqualTo(204);
  }

  /** The direct commit's push once it is in {@code state}. */
  private static JsonObject directPush(ApiClient client, String postmortem, String state) {
    return new FluentWait<>(client)
        .withTimeout(Duration.ofMinutes(2))
        .pollingEvery(Duration.ofMillis(100))
        .withMessage("the push of " + postmortem + " is " + state)
        .until(
            api -> {
              ApiClient.Reply reply = api.get("api/v1/postmortems/" + postmortem + "/git");
              return reply.status() == 200 && reply.json().getString("state").equals(state)
                  ? reply.json()
                  : null;
            });
  }

  private static void assertProblem(ApiClient.Reply reply, int status, String text) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).contains(text);
  }
}
