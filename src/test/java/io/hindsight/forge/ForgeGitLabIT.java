package io.hindsight.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change request becomes a merge request on a GitLab stubbed by WireMock like its REST API v4:
 * rate limited (429 with Retry-After) first, then exactly one merge request, labelled, its reviewer
 * asked by user id, reused on a second submission; the Merge Request Hook with the right {@code
 * X-Gitlab-Token} closes the change request at GitLab's merge commit and closes its action item, a
 * wrong token and a replay are refused; a Note Hook on the merge request is recorded on the change
 * request.
 */
class ForgeGitLabIT extends OverHttp {

  private static final String TOKEN = "glpat-it-secret-token-4711";

  private WireMockServer gitlab;
  private ForgeFixture fixture;
  private String project;

  @BeforeEach
  void aRepositoryOnAStubbedGitLab() {
    gitlab = new WireMockServer(options().dynamicPort());
    gitlab.start();
    fixture = new ForgeFixture(base, "fgl");
    project = "/api/v4/projects/ops%2F" + fixture.key;
  }

  @AfterEach
  void stop() {
    gitlab.stop();
  }

  private void stubMergeRequests() {
    String request = "{\"iid\":4,\"web_url\":\"https://gitlab.example/ops/mr/4\"}";
    for (String state : new String[] {Scenario.STARTED, "failed once"}) {
      gitlab.stubFor(
          get(urlPathEqualTo(project + "/merge_requests"))
              .inScenario("mr")
              .whenScenarioStateIs(state)
              .willReturn(okJson("[]")));
    }
    gitlab.stubFor(
        get(urlPathEqualTo(project + "/merge_requests"))
            .inScenario("mr")
            .whenScenarioStateIs("open")
            .willReturn(okJson("[" + request + "]")));
    gitlab.stubFor(
        post(urlEqualTo(project + "/merge_requests"))
            .inScenario("mr")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "600")
                    .withBody("{\"message\":\"429 Too Many Requests\"}"))
            .willSetStateTo("failed once"));
    gitlab.stubFor(
        post(urlEqualTo(project + "/merge_requests"))
            .inScenario("mr")
            .whenScenarioStateIs("failed once")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(request))
            .willSetStateTo("open"));
    gitlab.stubFor(put(urlEqualTo(project + "/merge_requests/4")).willReturn(okJson(request)));
    gitlab.stubFor(
        get(urlEqualTo("/api/v4/users?username=gl-reviewer2"))
            .willReturn(okJson("[{\"id\":42,\"username\":\"gl-reviewer2\"}]")));
  }

  @Test
  void aRateLimitedFirstAttemptStillOpensExactlyOneMergeRequestAndTheHookClosesTheLoop()
      throws Exception {
    stubMergeRequests();
    ApiClient.Reply linked =
        fixture.linkForge("gitlab", gitlab.baseUrl() + "/api/v4", "ops/" + fixture.key, TOKEN);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.body()).doesNotContain(TOKEN);
    ApiClient reviewer2 = ApiClient.signedIn(base, "reviewer2");
    assertThat(reviewer2.put("api/v1/me/forge-logins", "{\"gitlab\":\"gl-reviewer2\"}").status())
        .isEqualTo(200);
    ApiClient author = ApiClient.signedIn(base, "reviewer");

    JsonObject change = fixture.submittedChange(author);
    long id = change.getJsonNumber("id").longValue();
    String branch = change.getString("branch");
    Instant before = Instant.now();
    fixture.drain();
    JsonObject limited = fixture.forgeMessage(0);
    assertThat(limited.getString("state")).isEqualTo("failed");
    assertThat(limited.getString("lastError")).contains("GitLab rate-limited");
    assertThat(Instant.parse(limited.getString("nextAttemptAt"))).isAfter(before.plusSeconds(590));

    ForgeFixture.dueNow(limited.getJsonNumber("id").longValue());
    fixture.drain();
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");
    gitlab.verify(
        2,
        postRequestedFor(urlEqualTo(project + "/merge_requests"))
            .withRequestBody(
                equalToJson(
                    "{\"source_branch\":\"" + branch + "\",\"target_branch\":\"main\"}",
                    true,
                    true)));
    gitlab.verify(
        putRequestedFor(urlEqualTo(project + "/merge_requests/4"))
            .withRequestBody(equalToJson("{\"add_labels\":\"runbook-improvement\"}")));
    gitlab.verify(
        putRequestedFor(urlEqualTo(project + "/merge_requests/4"))
            .withRequestBody(equalToJson("{\"reviewer_ids\":[42]}")));
    assertThat(GitCli.bare(fixture.remote.directory(), "rev-parse", branch).strip())
        .isEqualTo(author.get("api/v1/change-requests/" + id).json().getString("headCommit"));

    ForgeFixture.resubmitted(author, reviewer2, id);
    fixture.drain();
    assertThat(fixture.forgeMessages()).isEqualTo(2);
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");
    gitlab.verify(2, postRequestedFor(urlEqualTo(project + "/merge_requests")));

    byte[] note =
        ("{\"object_kind\":\"note\",\"user\":{\"username\":\"gl-reviewer2\"},"
                + "\"object_attributes\":{\"id\":"
                + id
                + ",\"note\":\"Please name the dashboard.\",\"noteable_type\":\"MergeRequest\","
                + "\"created_at\":\"2026-12-02 10:30:00 UTC\"},"
                + "\"merge_request\":{\"iid\":4,\"source_branch\":\""
                + branch
                + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    Map<String, String> noteHook =
        Map.of(
            "X-Gitlab-Token",
            fixture.webhookSecret,
            "X-Gitlab-Event",
            "Note Hook",
            "X-Gitlab-Event-UUID",
            UUID.randomUUID().toString());
    HttpResponse<String> noted = fixture.webhook(fixture.key, noteHook, note);
    assertThat(noted.statusCode()).as(noted.body()).isEqualTo(202);
    assertThat(noted.body()).contains("recorded");
    JsonObject pullRequest =
        author.get("api/v1/change-requests/" + id).json().getJsonObject("pullRequest");
    assertThat(pullRequest.getString("forge")).isEqualTo("GitLab");
    assertThat(pullRequest.getInt("number")).isEqualTo(4);
    assertThat(pullRequest.getString("url")).isEqualTo("https://gitlab.example/ops/mr/4");
    JsonObject remark = pullRequest.getJsonArray("remarks").getJsonObject(0);
    assertThat(remark.getString("kind")).isEqualTo("commented");
    assertThat(remark.getString("login")).isEqualTo("gl-reviewer2");
    assertThat(remark.getString("user")).isEqualTo("reviewer2");
    assertThat(remark.getString("text")).isEqualTo("Please name the dashboard.");
    assertThat(remark.getString("at")).startsWith("2026-12-02T10:30");

    String mergeCommit =
        fixture.remote.commit(
            "gl-reviewer2",
            "Merge branch into main",
            io.hindsight.testing.BareRemote.files(
                ForgeFixture.PATH, ForgeFixture.ORIGINAL + "4. Done\n"));
    byte[] merged =
        ("{\"object_kind\":\"merge_request\",\"user\":{\"username\":\"gl-reviewer2\"},"
                + "\"object_attributes\":{\"iid\":4,\"action\":\"merge\",\"state\":\"merged\","
                + "\"source_branch\":\""
                + branch
                + "\",\"target_branch\":\"main\","
                + "\"merge_commit_sha\":\""
                + mergeCommit
                + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    String uuid = UUID.randomUUID().toString();
    HttpResponse<String> wrong =
        fixture.webhook(
            fixture.key,
            Map.of(
                "X-Gitlab-Token", "not-the-secret",
                "X-Gitlab-Event", "Merge Request Hook",
                "X-Gitlab-Event-UUID", uuid),
            merged);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("X-Gitlab-Token").doesNotContain(fixture.webhookSecret);
    Map<String, String> signed =
        Map.of(
            "X-Gitlab-Token",
            fixture.webhookSecret,
            "X-Gitlab-Event",
            "Merge Request Hook",
            "X-Gitlab-Event-UUID",
            uuid);
    HttpResponse<String> accepted = fixture.webhook(fixture.key, signed, merged);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonObject after = ForgeFixture.summary(author, id);
    assertThat(after.getString("state")).isEqualTo("merged");
    assertThat(after.getString("mergeCommit")).isEqualTo(mergeCommit);
    assertThat(
            author
                .get("api/v1/change-requests/" + id)
                .json()
                .getJsonObject("pullRequest")
                .getString("state"))
        .isEqualTo("merged");
    assertThat(
            author
                .get("api/v1/action-items/" + change.getJsonNumber("actionItem").longValue())
                .json()
                .getString("status"))
        .isEqualTo("done");
    assertThat(fixture.webhook(fixture.key, signed, merged).statusCode()).isEqualTo(409);
  }
}
