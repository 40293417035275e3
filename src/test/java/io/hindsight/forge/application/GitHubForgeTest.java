package io.hindsight.forge.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.hindsight.forge.domain.ForgeProject;
import io.hindsight.platform.crypto.WebhookSignature;
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
 * The requests Hindsight sends GitHub, pinned against its documented REST API (paths, headers,
 * bodies) on a local WireMock server, and the answers it understands: created, already exists, rate
 * limited, refused token.
 */
class GitHubForgeTest {

  private static final String TOKEN = "ghp_secret-token-123";
  private static final String BRANCH = "runbook-improvement/database-restore-action-12";

  private WireMockServer github;
  private GitHubForge forge;
  private ForgeAccess access;

  @BeforeEach
  void aGitHub() {
    github = new WireMockServer(options().dynamicPort());
    github.start();
    forge =
        new GitHubForge(
            new ForgeHttp(), Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC));
    access =
        new ForgeAccess(
            URI.create(github.baseUrl() + "/api/v3"), new ForgeProject("acme/runbooks"), TOKEN);
  }

  @AfterEach
  void stop() {
    github.stop();
  }

  private PullRequestDraft draft() {
    return new PullRequestDraft(BRANCH, "main", "Restore: verify the snapshot", "Body");
  }

  @Test
  void opensAPullRequestWithTheDocumentedRequest() throws Exception {
    github.stubFor(
        get(urlPathEqualTo("/api/v3/repos/acme/runbooks/pulls")).willReturn(okJson("[]")));
    github.stubFor(
        post(urlEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"number\":7,\"html_url\":\"https://github.example/acme/runbooks/pull/7\","
                            + "\"state\":\"open\"}")));

    PullRequest pull = forge.openOrFind(access, draft());

    assertThat(pull)
        .isEqualTo(new PullRequest(7, "https://github.example/acme/runbooks/pull/7", true));
    github.verify(
        getRequestedFor(
                urlEqualTo(
                    "/api/v3/repos/acme/runbooks/pulls?state=open&head=acme%3A"
                        + BRANCH.replace("/", "%2F")))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Accept", equalTo("application/vnd.github+json"))
            .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28")));
    github.verify(
        postRequestedFor(urlEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    "{\"title\":\"Restore: verify the snapshot\",\"head\":\""
                        + BRANCH
                        + "\",\"base\":\"main\",\"body\":\"Body\",\"maintainer_can_modify\":false}")));
  }

  @Test
  void reusesTheOpenPullRequestOfTheBranch() throws Exception {
    github.stubFor(
        get(urlPathEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .willReturn(okJson("[{\"number\":3,\"html_url\":\"https://gh/pull/3\"}]")));

    assertThat(forge.openOrFind(access, draft()))
        .isEqualTo(new PullRequest(3, "https://gh/pull/3", false));
    github.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/repos/acme/runbooks/pulls")));
  }

  @Test
  void anAlreadyExistsAnswerIsSuccess() throws Exception {
    github.stubFor(
        get(urlPathEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .inScenario("race")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(okJson("[]"))
            .willSetStateTo("created elsewhere"));
    github.stubFor(
        get(urlPathEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .inScenario("race")
            .whenScenarioStateIs("created elsewhere")
            .willReturn(okJson("[{\"number\":9,\"html_url\":\"https://gh/pull/9\"}]")));
    github.stubFor(
        post(urlEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\","
                            + "\"code\":\"custom\",\"message\":\"A pull request already exists for"
                            + " acme:"
                            + BRANCH
                            + ".\"}]}")));

    assertThat(forge.openOrFind(access, draft()))
        .isEqualTo(new PullRequest(9, "https://gh/pull/9", false));
  }

  @Test
  void aRateLimitCarriesTheRetryAfterAndASecondaryLimitToo() {
    github.stubFor(
        get(urlPathEqualTo("/api/v3/repos/acme/runbooks/pulls")).willReturn(okJson("[]")));
    github.stubFor(
        post(urlEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

    assertThatThrownBy(() -> forge.openOrFind(access, draft()))
        .isInstanceOfSatisfying(
            ForgeFailure.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
              assertThat(e.getMessage()).contains("rate-limited").doesNotContain(TOKEN);
            });

    github.stubFor(
        post(urlEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader(
                        "x-ratelimit-reset",
                        "" + Instant.parse("2026-12-02T06:05:00Z").getEpochSecond())
                    .withBody("{\"message\":\"API rate limit exceeded\"}")));
    assertThatThrownBy(() -> forge.openOrFind(access, draft()))
        .isInstanceOfSatisfying(
            ForgeFailure.class, e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(5)));
  }

  @Test
  void aRefusedTokenSaysWhoCanFixItAndNeverEchoesIt() {
    github.stubFor(
        get(urlPathEqualTo("/api/v3/repos/acme/runbooks/pulls"))
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));

    assertThatThrownBy(() -> forge.openOrFind(access, draft()))
        .isInstanceOfSatisfying(
            ForgeFailure.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("refused the token")
                  .contains("forge settings")
                  .doesNotContain(TOKEN);
              assertThat(e.retryAfter()).isEmpty();
            });
    assertThat(access.toString()).doesNotContain(TOKEN);
  }

  @Test
  void labelsAndRequestsReviewersAsDocumented() throws Exception {
    github.stubFor(
        post(urlEqualTo("/api/v3/repos/acme/runbooks/issues/7/labels")).willReturn(okJson("[]")));
    github.stubFor(
        post(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7/requested_reviewers"))
            .willReturn(aResponse().withStatus(201).withBody("{}")));

    forge.label(access, 7, "runbook-improvement");
    forge.requestReview(access, 7, List.of("octocat", "hubot"));

    github.verify(
        postRequestedFor(urlEqualTo("/api/v3/repos/acme/runbooks/issues/7/labels"))
            .withRequestBody(equalToJson("{\"labels\":[\"runbook-improvement\"]}")));
    github.verify(
        postRequestedFor(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7/requested_reviewers"))
            .withRequestBody(equalToJson("{\"reviewers\":[\"octocat\",\"hubot\"]}")));
  }

  @Test
  void testConnectionCreatesAMissingLabel() throws Exception {
    github.stubFor(
        get(urlEqualTo("/api/v3/repos/acme/runbooks"))
            .willReturn(
                okJson("{\"full_name\":\"acme/runbooks\",\"permissions\":{\"push\":true}}")));
    github.stubFor(
        get(urlEqualTo("/api/v3/repos/acme/runbooks/labels/runbook-improvement"))
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Not Found\"}")));
    github.stubFor(
        post(urlEqualTo("/api/v3/repos/acme/runbooks/labels"))
            .willReturn(aResponse().withStatus(201).withBody("{}")));

    ConnectionCheck check = forge.check(access, "runbook-improvement");

    assertThat(check.canPush()).isTrue();
    assertThat(check.labelCreated()).isTrue();
    github.verify(
        postRequestedFor(urlEqualTo("/api/v3/repos/acme/runbooks/labels"))
            .withRequestBody(equalToJson("{\"name\":\"runbook-improvement\"}", true, true)));
  }

  @Test
  void readsAMergedPullRequestWebhookSignedWithTheSecret() {
    byte[] body =
        ("{\"action\":\"closed\",\"pull_request\":{\"number\":7,\"merged\":true,"
                + "\"merge_commit_sha\":\"0123456789abcdef0123456789abcdef01234567\","
                + "\"head\":{\"ref\":\""
                + BRANCH
                + "\"}},\"sender\":{\"login\":\"octocat\"}}")
            .getBytes(StandardCharsets.UTF_8);
    WebhookDelivery signed =
        new WebhookDelivery(
            Map.of(
                "x-hub-signature-256", WebhookSignature.sign("s3cret", body),
                "x-github-event", "pull_request",
                "x-github-delivery", "d-1"),
            body);

    assertThat(forge.verifies(signed, "s3cret")).isTrue();
    assertThat(forge.verifies(signed, "other")).isFalse();
    assertThat(forge.deliveryId(signed)).contains("d-1");
    PullRequestEvent event = forge.event(signed).orElseThrow();
    assertThat(event.branch()).isEqualTo(BRANCH);
    assertThat(event.outcome()).isEqualTo(PullRequestEvent.Outcome.MERGED);
    assertThat(event.mergeCommit()).contains("0123456789abcdef0123456789abcdef01234567");
    assertThat(event.sender()).contains("octocat");
  }
}
