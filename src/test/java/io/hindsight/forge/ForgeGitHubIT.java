package io.hindsight.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change request becomes a pull request on a GitHub stubbed by WireMock like its REST API: the
 * branch pushed to a real bare repository, the pull request opened through the outbox (a rate limit
 * with Retry-After and a 5xx first, then success), labelled, its reviewers asked, reused on a
 * second submission; the merged webhook closes the change request and its action item.
 */
class ForgeGitHubIT extends OverHttp {

  private static final String TOKEN = "ghp_it-secret-token-4711";

  private GitHubStub github;
  private ForgeFixture fixture;
  private ApiClient admin;
  private String key;

  @BeforeEach
  void aRepositoryOnAStubbedGitHub() {
    fixture = new ForgeFixture(base, "fgh");
    admin = fixture.admin;
    key = fixture.key;
    github = new GitHubStub("acme/" + key);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private String repo() {
    return github.repo();
  }

  private ApiClient.Reply linkForge(String token) {
    return fixture.linkForge("github", github.apiUrl(), github.project, token);
  }

  private HttpResponse<String> webhook(
      String repository, String event, String delivery, byte[] body, String signature)
      throws Exception {
    Map<String, String> headers = new HashMap<>();
    headers.put("X-GitHub-Event", event);
    headers.put("X-GitHub-Delivery", delivery);
    if (signature != null) {
      headers.put("X-Hub-Signature-256", signature);
    }
    return fixture.webhook(repository, headers, body);
  }

  @Test
  void aRateLimitedFirstAttemptStillOpensExactlyOnePullRequestAndTheMergedWebhookClosesTheLoop()
      throws Exception {
    github.pulls("429");
    ApiClient.Reply linked = linkForge(TOKEN);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.body()).doesNotContain(TOKEN).contains("\"tokenSet\":true");
    assertThat(admin.get("api/v1/repositories/" + key + "/forge").body()).doesNotContain(TOKEN);
    ApiClient reviewer2 = ApiClient.signedIn(base, "reviewer2");
    assertThat(reviewer2.put("api/v1/me/forge-logins", "{\"github\":\"octo-reviewer2\"}").status())
        .isEqualTo(200);
    ApiClient author = ApiClient.signedIn(base, "reviewer");

    JsonObject change = fixture.submittedChange(author);
    long id = change.getJsonNumber("id").longValue();
    String branch = change.getString("branch");
    assertThat(fixture.forgeMessages()).isEqualTo(1);
    JsonObject queued = fixture.forgeMessage(0);
    assertThat(queued.getString("kind")).isEqualTo("forge_pull_request");
    assertThat(queued.getString("channel")).isEqualTo("forge");

    Instant before = Instant.now();
    fixture.drain();
    JsonObject limited = fixture.forgeMessage(0);
    assertThat(limited.getString("state")).isEqualTo("failed");
    assertThat(limited.getString("lastError")).contains("rate-limited").doesNotContain(TOKEN);
    assertThat(Instant.parse(limited.getString("nextAttemptAt")))
        .as("the forge's Retry-After (600 s), not the 30 s backoff")
        .isAfter(before.plusSeconds(590));
    assertThat(GitCli.bare(fixture.remote.directory(), "rev-parse", branch).strip())
        .as("the branch is pushed before the pull request is asked for")
        .isEqualTo(author.get("api/v1/change-requests/" + id).json().getString("headCommit"));

    ForgeFixture.dueNow(limited.getJsonNumber("id").longValue());
    fixture.drain();
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");
    github.server.verify(2, postRequestedFor(urlEqualTo(repo() + "/pulls")));
    github.server.verify(
        postRequestedFor(urlEqualTo(repo() + "/pulls"))
            .withRequestBody(
                equalToJson("{\"head\":\"" + branch + "\",\"base\":\"main\"}", true, true))
            .withRequestBody(matchingJsonPath("$.body", containing("**Lint:** ")))
            .withRequestBody(matchingJsonPath("$.body", containing("Action item #"))));
    github.server.verify(
        1,
        postRequestedFor(urlEqualTo(repo() + "/issues/7/labels"))
            .withRequestBody(equalToJson("{\"labels\":[\"runbook-improvement\"]}")));
    github.server.verify(
        1,
        postRequestedFor(urlEqualTo(repo() + "/pulls/7/requested_reviewers"))
            .withRequestBody(equalToJson("{\"reviewers\":[\"octo-reviewer2\"]}")));

    // Changes asked for, a new commit, a second submission: the same pull request, updated.
    ForgeFixture.resubmitted(author, reviewer2, id);
    assertThat(fixture.forgeMessages()).isEqualTo(2);
    fixture.drain();
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");
    assertThat(fixture.forgeMessage(1).getString("state")).isEqualTo("sent");
    github.server.verify(2, postRequestedFor(urlEqualTo(repo() + "/pulls")));
    github.server.verify(
        1,
        patchRequestedFor(urlEqualTo(repo() + "/pulls/7"))
            .withRequestBody(matchingJsonPath("$.body", containing("**Lint:** "))));
    String newHead = author.get("api/v1/change-requests/" + id).json().getString("headCommit");
    assertThat(GitCli.bare(fixture.remote.directory(), "rev-parse", branch).strip())
        .isEqualTo(newHead);

    // Bad signature, unknown repository: refused, nothing changes.
    // GitHub merges: the base branch of the remote moves to its merge commit.
    String mergeCommit =
        fixture.remote.commit(
            "octo-reviewer2",
            "Merge pull request #7",
            files(
                ForgeFixture.PATH,
                ForgeFixture.ORIGINAL
                    + "3. Check the hit rate\n4. The flush takes about a minute\n"));
    byte[] merged = GitHubStub.closedEvent(branch, true, mergeCommit);
    HttpResponse<String> unsigned =
        webhook(key, "pull_request", "d-bad", merged, WebhookSignature.sign("wrong", merged));
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(unsigned.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(unsigned.body()).contains("X-Hub-Signature-256");
    assertThat(
            webhook(
                    "no-such-" + key,
                    "pull_request",
                    "d-x",
                    merged,
                    WebhookSignature.sign(fixture.webhookSecret, merged))
                .statusCode())
        .isEqualTo(401);
    assertThat(ForgeFixture.summary(author, id).getString("state")).isEqualTo("in-review");

    String delivery = "d-" + UUID.randomUUID();
    HttpResponse<String> accepted =
        webhook(
            key,
            "pull_request",
            delivery,
            merged,
            WebhookSignature.sign(fixture.webhookSecret, merged));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    assertThat(accepted.body()).contains("merged");
    JsonObject after = ForgeFixture.summary(author, id);
    assertThat(after.getString("state")).isEqualTo("merged");
    assertThat(GitCli.bare(fixture.remote.directory(), "rev-parse", "main").strip())
        .isEqualTo(mergeCommit);
    JsonObject item =
        author.get("api/v1/action-items/" + change.getJsonNumber("actionItem").longValue()).json();
    assertThat(item.getString("status")).isEqualTo("done");

    HttpResponse<String> replay =
        webhook(
            key,
            "pull_request",
            delivery,
            merged,
            WebhookSignature.sign(fixture.webhookSecret, merged));
    assertThat(replay.statusCode()).isEqualTo(409);
    assertThat(replay.body()).contains("received already");
  }

  @Test
  void aForgeDownAnswers5xxAndTheNextAttemptOpensThePullRequest() throws Exception {
    github.pulls("502");
    assertThat(linkForge(TOKEN).status()).isEqualTo(200);
    ApiClient author = ApiClient.signedIn(base, "reviewer");
    JsonObject change = fixture.submittedChange(author);

    fixture.drain();
    JsonObject failed = fixture.forgeMessage(0);
    assertThat(failed.getString("state")).isEqualTo("failed");
    assertThat(failed.getString("lastError")).contains("HTTP 502").contains("tried again later");
    ForgeFixture.dueNow(failed.getJsonNumber("id").longValue());
    fixture.drain();
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");
    github.server.verify(2, postRequestedFor(urlEqualTo(repo() + "/pulls")));
    github.server.verify(1, postRequestedFor(urlEqualTo(repo() + "/issues/7/labels")));

    // Closed unmerged on the forge: the change request is closed, its action item stays open.
    byte[] closed = GitHubStub.closedEvent(change.getString("branch"), false, null);
    HttpResponse<String> accepted =
        webhook(
            key,
            "pull_request",
            "d-" + UUID.randomUUID(),
            closed,
            WebhookSignature.sign(fixture.webhookSecret, closed));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    long id = change.getJsonNumber("id").longValue();
    assertThat(ForgeFixture.summary(author, id).getString("state")).isEqualTo("closed");
  }
}
