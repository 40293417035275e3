package io.hindsight.forge.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.hindsight.forge.domain.ForgeProject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests Hindsight sends GitLab (REST API v4), pinned on a local WireMock server: merge
 * requests found, created or already there (409), labelled and given reviewers by user id; 429 with
 * Retry-After; the {@code Merge Request Hook} and its {@code X-Gitlab-Token}.
 */
class GitLabForgeTest {

  private static final String TOKEN = "glpat-secret-token-123";
  private static final String BRANCH = "runbook-improvement/cache-flush-action-3";
  private static final String PROJECT = "/api/v4/projects/ops%2Fsre%2Frunbooks";

  private WireMockServer gitlab;
  private GitLabForge forge;
  private ForgeAccess access;

  @BeforeEach
  void aGitLab() {
    gitlab = new WireMockServer(options().dynamicPort());
    gitlab.start();
    forge =
        new GitLabForge(
            new ForgeHttp(), Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC));
    access =
        new ForgeAccess(
            URI.create(gitlab.baseUrl() + "/api/v4"), new ForgeProject("ops/sre/runbooks"), TOKEN);
  }

  @AfterEach
  void stop() {
    gitlab.stop();
  }

  private PullRequestDraft draft() {
    return new PullRequestDraft(BRANCH, "main", "Cache flush: say how long", "Body");
  }

  @Test
  void opensAMergeRequestWithTheDocumentedRequest() throws Exception {
    gitlab.stubFor(get(urlPathEqualTo(PROJECT + "/merge_requests")).willReturn(okJson("[]")));
    gitlab.stubFor(
        post(urlEqualTo(PROJECT + "/merge_requests"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"iid\":4,\"web_url\":\"https://gl/mr/4\"}")));

    assertThat(forge.openOrFind(access, draft()))
        .isEqualTo(new PullRequest(4, "https://gl/mr/4", true));
    gitlab.verify(
        getRequestedFor(
                urlEqualTo(
                    PROJECT
                        + "/merge_requests?state=opened&source_branch="
                        + BRANCH.replace("/", "%2F")
                        + "&target_branch=main"))
            .withHeader("PRIVATE-TOKEN", equalTo(TOKEN)));
    gitlab.verify(
        postRequestedFor(urlEqualTo(PROJECT + "/merge_requests"))
            .withHeader("PRIVATE-TOKEN", equalTo(TOKEN))
            .withRequestBody(
                equalToJson(
                    "{\"source_branch\":\""
                        + BRANCH
                        + "\",\"target_branch\":\"main\",\"title\":\"Cache flush: say how long\","
                        + "\"description\":\"Body\",\"remove_source_branch\":true}")));
  }

  @Test
  void anotherOpenMergeRequestForTheBranchIsReused() throws Exception {
    gitlab.stubFor(
        get(urlPathEqualTo(PROJECT + "/merge_requests"))
            .inScenario("race")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("[]"))
            .willSetStateTo("exists"));
    gitlab.stubFor(
        get(urlPathEqualTo(PROJECT + "/merge_requests"))
            .inScenario("race")
            .whenScenarioStateIs("exists")
            .willReturn(okJson("[{\"iid\":5,\"web_url\":\"https://gl/mr/5\"}]")));
    gitlab.stubFor(
        post(urlEqualTo(PROJECT + "/merge_requests"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(
                        "{\"message\":[\"Another open merge request already exists for this"
                            + " source branch: !5\"]}")));

    assertThat(forge.openOrFind(access, draft()))
        .isEqualTo(new PullRequest(5, "https://gl/mr/5", false));
  }

  @Test
  void a429CarriesItsRetryAfter() {
    gitlab.stubFor(
        get(urlPathEqualTo(PROJECT + "/merge_requests"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")));

    assertThatThrownBy(() -> forge.openOrFind(access, draft()))
        .isInstanceOfSatisfying(
            ForgeFailure.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
              assertThat(e.getMessage()).contains("GitLab").doesNotContain(TOKEN);
            });
  }

  @Test
  void labelsAndAsksReviewersByTheirUserIds() throws Exception {
    gitlab.stubFor(put(urlEqualTo(PROJECT + "/merge_requests/4")).willReturn(okJson("{}")));
    gitlab.stubFor(
        get(urlEqualTo("/api/v4/users?username=ana")).willReturn(okJson("[{\"id\":42}]")));

    forge.label(access, 4, "runbook-improvement");
    forge.requestReview(access, 4, List.of("ana"));

    gitlab.verify(
        putRequestedFor(urlEqualTo(PROJECT + "/merge_requests/4"))
            .withRequestBody(equalToJson("{\"add_labels\":\"runbook-improvement\"}")));
    gitlab.verify(
        putRequestedFor(urlEqualTo(PROJECT + "/merge_requests/4"))
            .withRequestBody(equalToJson("{\"reviewer_ids\":[42]}")));
  }

  @Test
  void readsAMergeRequestHookByItsToken() {
    byte[] body =
        ("{\"object_kind\":\"merge_request\",\"user\":{\"username\":\"ana\"},"
                + "\"object_attributes\":{\"iid\":4,\"action\":\"merge\",\"source_branch\":\""
                + BRANCH
                + "\",\"merge_commit_sha\":\"0123456789abcdef0123456789abcdef01234567\"}}")
            .getBytes(StandardCharsets.UTF_8);
    WebhookDelivery delivery =
        new WebhookDelivery(
            Map.of(
                "x-gitlab-token", "s3cret",
                "x-gitlab-event", "Merge Request Hook",
                "x-gitlab-event-uuid", "u-1"),
            body);

    assertThat(forge.verifies(delivery, "s3cret")).isTrue();
    assertThat(forge.verifies(delivery, "other")).isFalse();
    assertThat(forge.deliveryId(delivery)).contains("u-1");
    PullRequestEvent event = forge.event(delivery).orElseThrow();
    assertThat(event.outcome()).isEqualTo(PullRequestEvent.Outcome.MERGED);
    assertThat(event.branch()).isEqualTo(BRANCH);
    assertThat(event.sender()).contains("ana");
  }
}
