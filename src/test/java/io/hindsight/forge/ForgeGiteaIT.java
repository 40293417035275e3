package io.hindsight.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change request becomes a pull request on a Gitea (or Forgejo) stubbed by WireMock like its REST
 * API v1: rate limited (429 with Retry-After) first, then "already exists" (a racing attempt opened
 * it), found in the open list; labelled by the label's id, its reviewer asked, reused and given the
 * new body on a second submission; the {@code pull_request} webhook signed with {@code
 * X-Gitea-Signature} closes the change request at Gitea's merge commit and closes its action item,
 * a wrong signature and a replay are refused; a review and a comment on the pull request are
 * recorded on the change request, a comment on another pull request is not.
 */
class ForgeGiteaIT extends OverHttp {

  private static final String TOKEN = "gitea-it-secret-token-4711";

  private WireMockServer gitea;
  private ForgeFixture fixture;
  private String repo;

  @BeforeEach
  void aRepositoryOnAStubbedGitea() {
    gitea = new WireMockServer(options().dynamicPort());
    gitea.start();
    fixture = new ForgeFixture(base, "fgt");
    repo = "/api/v1/repos/ops/" + fixture.key;
  }

  @AfterEach
  void stop() {
    gitea.stop();
  }

  private static String pull(String branch) {
    return "{\"number\":3,\"html_url\":\"https://gitea.example/ops/pulls/3\",\"head\":{\"ref\":\""
        + branch
        + "\"}}";
  }

  /** Gitea's answers before the change's branch is known: a rate limit, then "already exists". */
  private void stubPulls() {
    for (String state : new String[] {Scenario.STARTED, "limited"}) {
      gitea.stubFor(
          get(urlPathEqualTo(repo + "/pulls"))
              .inScenario("pr")
              .whenScenarioStateIs(state)
              .willReturn(okJson("[{\"number\":1,\"head\":{\"ref\":\"someone-elses\"}}]")));
    }
    gitea.stubFor(
        post(urlEqualTo(repo + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "600")
                    .withBody("{\"message\":\"rate limited\"}"))
            .willSetStateTo("limited"));
    gitea.stubFor(
        post(urlEqualTo(repo + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs("limited")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"pull request already exists for these targets\"}"))
            .willSetStateTo("open"));
    gitea.stubFor(
        get(urlPathEqualTo(repo + "/labels"))
            .willReturn(okJson("[{\"id\":11,\"name\":\"runbook-improvement\"}]")));
    gitea.stubFor(post(urlEqualTo(repo + "/issues/3/labels")).willReturn(okJson("[]")));
    gitea.stubFor(
        post(urlEqualTo(repo + "/pulls/3/requested_reviewers"))
            .willReturn(aResponse().withStatus(201).withBody("[]")));
  }

  /** Once it "already exists", the open list has the change's pull request. */
  private void stubOpen(String branch) {
    gitea.stubFor(
        get(urlPathEqualTo(repo + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs("open")
            .willReturn(okJson("[" + pull(branch) + "]")));
    gitea.stubFor(patch(urlEqualTo(repo + "/pulls/3")).willReturn(okJson(pull(branch))));
  }

  private static String signature(String secret, byte[] body) {
    return WebhookSignature.sign(secret, body).substring("sha256=".length());
  }

  @Test
  void aRateLimitedThenRacedFirstAttemptStillLeavesExactlyOnePullRequestAndTheWebhookClosesIt()
      throws Exception {
    ApiClient.Reply linked =
        fixture.linkForge("forgejo", gitea.baseUrl() + "/api/v1", "ops/" + fixture.key, TOKEN);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.json().getString("kind")).isEqualTo("gitea");
    assertThat(linked.body()).doesNotContain(TOKEN);
    ApiClient reviewer2 = ApiClient.signedIn(base, "reviewer2");
    assertThat(reviewer2.put("api/v1/me/forge-logins", "{\"gitea\":\"gitea-reviewer2\"}").status())
        .isEqualTo(200);
    ApiClient author = ApiClient.signedIn(base, "reviewer");
    stubPulls();

    JsonObject change = fixture.submittedChange(author);
    long id = change.getJsonNumber("id").longValue();
    String branch = change.getString("branch");
    stubOpen(branch);
    Instant before = Instant.now();
    fixture.drain();
    JsonObject limited = fixture.forgeMessage(0);
    assertThat(limited.getString("state")).isEqualTo("failed");
    assertThat(limited.getString("lastError")).contains("Gitea rate-limited").doesNotContain(TOKEN);
    assertThat(Instant.parse(limited.getString("nextAttemptAt"))).isAfter(before.plusSeconds(590));

    ForgeFixture.dueNow(limited.getJsonNumber("id").longValue());
    fixture.drain();
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");
    gitea.verify(
        2,
        postRequestedFor(urlEqualTo(repo + "/pulls"))
            .withHeader("Authorization", equalTo("token " + TOKEN))
            .withRequestBody(
                equalToJson("{\"head\":\"" + branch + "\",\"base\":\"main\"}", true, true))
            .withRequestBody(matchingJsonPath("$.body", containing("**Lint:** "))));
    gitea.verify(
        1,
        postRequestedFor(urlEqualTo(repo + "/issues/3/labels"))
            .withRequestBody(equalToJson("{\"labels\":[11]}")));
    gitea.verify(
        1,
        postRequestedFor(urlEqualTo(repo + "/pulls/3/requested_reviewers"))
            .withRequestBody(equalToJson("{\"reviewers\":[\"gitea-reviewer2\"]}")));
    assertThat(GitCli.bare(fixture.remote.directory(), "rev-parse", branch).strip())
        .isEqualTo(author.get("api/v1/change-requests/" + id).json().getString("headCommit"));

    ForgeFixture.resubmitted(author, reviewer2, id);
    fixture.drain();
    assertThat(fixture.forgeMessages()).isEqualTo(2);
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");
    gitea.verify(2, postRequestedFor(urlEqualTo(repo + "/pulls")));
    assertThat(gitea.findAll(patchRequestedFor(urlEqualTo(repo + "/pulls/3")))).isNotEmpty();

    byte[] review =
        ("{\"action\":\"reviewed\",\"number\":3,\"pull_request\":{\"number\":3,\"head\":{\"ref\":\""
                + branch
                + "\"}},\"sender\":{\"login\":\"gitea-reviewer2\"},"
                + "\"review\":{\"type\":\"pull_request_review_approved\",\"content\":\"Fine by me\"}}")
            .getBytes(StandardCharsets.UTF_8);
    Map<String, String> reviewed = giteaHeaders("pull_request_approved", review);
    HttpResponse<String> approved = fixture.webhook(fixture.key, reviewed, review);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(202);
    assertThat(approved.body()).contains("recorded");
    assertThat(fixture.webhook(fixture.key, reviewed, review).statusCode())
        .as("the same review delivered again")
        .isEqualTo(409);
    byte[] comment =
        ("{\"action\":\"created\",\"is_pull\":true,\"issue\":{\"number\":3},"
                + "\"comment\":{\"id\":"
                + id
                + ",\"body\":\"Add the rollback step\",\"user\":{\"login\":\"gitea-ana\"},"
                + "\"created_at\":\"2026-12-02T11:05:00Z\"}}")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(
            fixture
                .webhook(fixture.key, giteaHeaders("issue_comment", comment), comment)
                .statusCode())
        .isEqualTo(202);
    byte[] otherPull =
        new String(comment, StandardCharsets.UTF_8)
            .replace("\"number\":3", "\"number\":99")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> unknown =
        fixture.webhook(fixture.key, giteaHeaders("issue_comment", otherPull), otherPull);
    assertThat(unknown.statusCode()).isEqualTo(202);
    assertThat(unknown.body()).contains("unknown_pull_request");
    JsonObject pullRequest =
        author.get("api/v1/change-requests/" + id).json().getJsonObject("pullRequest");
    assertThat(pullRequest.getString("forge")).isEqualTo("Gitea/Forgejo");
    assertThat(pullRequest.getString("url")).isEqualTo("https://gitea.example/ops/pulls/3");
    assertThat(pullRequest.getString("state")).isEqualTo("open");
    assertThat(
            pullRequest.getJsonArray("remarks").getValuesAs(JsonObject.class).stream()
                .map(
                    r ->
                        r.getString("login")
                            + " "
                            + r.getString("kind")
                            + ": "
                            + r.getString("text"))
                .toList())
        .containsExactlyInAnyOrder(
            "gitea-reviewer2 approved: Fine by me", "gitea-ana commented: Add the rollback step");

    String mergeCommit =
        fixture.remote.commit(
            "gitea-reviewer2",
            "Merge pull request #3",
            BareRemote.files(ForgeFixture.PATH, ForgeFixture.ORIGINAL + "4. Done\n"));
    byte[] merged =
        ("{\"action\":\"closed\",\"number\":3,\"pull_request\":{\"number\":3,\"merged\":true,"
                + "\"merge_commit_sha\":\""
                + mergeCommit
                + "\",\"head\":{\"ref\":\""
                + branch
                + "\"},\"base\":{\"ref\":\"main\"}},\"sender\":{\"login\":\"gitea-reviewer2\"}}")
            .getBytes(StandardCharsets.UTF_8);
    String delivery = UUID.randomUUID().toString();
    HttpResponse<String> wrong =
        fixture.webhook(
            fixture.key,
            Map.of(
                "X-Gitea-Event",
                "pull_request",
                "X-Gitea-Delivery",
                delivery,
                "X-Gitea-Signature",
                signature("not-the-secret", merged)),
            merged);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain(fixture.webhookSecret);
    assertThat(ForgeFixture.summary(author, id).getString("state")).isEqualTo("in-review");

    Map<String, String> signed =
        Map.of(
            "X-Gitea-Event",
            "pull_request",
            "X-Gitea-Delivery",
            delivery,
            "X-Gitea-Signature",
            signature(fixture.webhookSecret, merged));
    HttpResponse<String> accepted = fixture.webhook(fixture.key, signed, merged);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    assertThat(ForgeFixture.summary(author, id).getString("state")).isEqualTo("merged");
    assertThat(ForgeFixture.summary(author, id).getString("mergeCommit")).isEqualTo(mergeCommit);
    assertThat(
            author
                .get("api/v1/action-items/" + change.getJsonNumber("actionItem").longValue())
                .json()
                .getString("status"))
        .isEqualTo("done");
    assertThat(fixture.webhook(fixture.key, signed, merged).statusCode()).isEqualTo(409);
  }

  private Map<String, String> giteaHeaders(String event, byte[] body) {
    return giteaHeaders(event, UUID.randomUUID().toString(), body);
  }

  private Map<String, String> giteaHeaders(String event, String delivery, byte[] body) {
    return Map.of(
        "X-Gitea-Event",
        event,
        "X-Gitea-Delivery",
        delivery,
        "X-Gitea-Signature",
        signature(fixture.webhookSecret, body));
  }

  @Test
  void aDeliveryAnotherNodeReceivedIsARefusedReplayAndOneOlderThanADayIsNot() throws Exception {
    ApiClient.Reply linked =
        fixture.linkForge("gitea", gitea.baseUrl() + "/api/v1", "ops/" + fixture.key, TOKEN);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    byte[] body =
        ("{\"action\":\"closed\",\"number\":5,\"pull_request\":{\"number\":5,"
                + "\"merged\":false,\"head\":{\"ref\":\"someone-elses\"}}}")
            .getBytes(StandardCharsets.UTF_8);
    String seenElsewhere = UUID.randomUUID().toString();
    receivedAt(seenElsewhere, Instant.now().minusSeconds(60));
    HttpResponse<String> replay =
        fixture.webhook(fixture.key, giteaHeaders("pull_request", seenElsewhere, body), body);
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(409);

    String longAgo = UUID.randomUUID().toString();
    receivedAt(longAgo, Instant.now().minus(Duration.ofHours(25)));
    Map<String, String> again = giteaHeaders("pull_request", longAgo, body);
    HttpResponse<String> fresh = fixture.webhook(fixture.key, again, body);
    assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(202);
    assertThat(fresh.body()).contains("unknown_branch");
    assertThat(fixture.webhook(fixture.key, again, body).statusCode()).isEqualTo(409);
  }

  /** A delivery as another node (sharing the database) remembered it. */
  private void receivedAt(String delivery, Instant at) {
    assertThat(
            TestDatabase.update(
                "insert into forge_webhook_delivery (delivery_key, received_at) values (?, ?)",
                fixture.key + ":" + delivery,
                Timestamp.from(at)))
        .isEqualTo(1);
  }
}
