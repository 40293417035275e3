package io.hindsight.forge.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests Hindsight sends Gitea/Forgejo (REST API v1), pinned on a local WireMock server: the
 * open pull request of the branch found or one created (409 "already exists" reused), a label by
 * id, reviewers; 503 with Retry-After; the webhook's {@code X-Gitea-Signature}.
 */
class GiteaForgeTest {

  private static final String TOKEN = "gitea-secret-token-123";
  private static final String BRANCH = "runbook-improvement/cache-flush-action-3";
  private static final String REPO = "/api/v1/repos/ops/runbooks";

  private WireMockServer gitea;
  private GiteaForge forge;
  private ForgeAccess access;

  @BeforeEach
  void aGitea() {
    gitea = new WireMockServer(options().dynamicPort());
    gitea.start();
    forge =
        new GiteaForge(
            new ForgeHttp(), Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC));
    access =
        new ForgeAccess(
            URI.create(gitea.baseUrl() + "/api/v1"), new ForgeProject("ops/runbooks"), TOKEN);
  }

  @AfterEach
  void stop() {
    gitea.stop();
  }

  private PullRequestDraft draft() {
    return new PullRequestDraft(BRANCH, "main", "Cache flush: say how long", "Body");
  }

  @Test
  void opensAPullRequestWithTheDocumentedRequest() throws Exception {
    gitea.stubFor(
        get(urlPathEqualTo(REPO + "/pulls"))
            .willReturn(okJson("[{\"number\":1,\"head\":{\"ref\":\"other\"}}]")));
    gitea.stubFor(
        post(urlEqualTo(REPO + "/pulls"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"number\":6,\"html_url\":\"https://gitea/pulls/6\"}")));

    assertThat(forge.openOrFind(access, draft()))
        .isEqualTo(new PullRequest(6, "https://gitea/pulls/6", true));
    gitea.verify(
        postRequestedFor(urlEqualTo(REPO + "/pulls"))
            .withHeader("Authorization", equalTo("token " + TOKEN))
            .withRequestBody(
                equalToJson(
                    "{\"head\":\""
                        + BRANCH
                        + "\",\"base\":\"main\",\"title\":\"Cache flush: say how long\","
                        + "\"body\":\"Body\"}")));
  }

  @Test
  void anAlreadyExistsAnswerReusesTheOpenPullRequest() throws Exception {
    gitea.stubFor(
        get(urlPathEqualTo(REPO + "/pulls"))
            .inScenario("race")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("[]"))
            .willSetStateTo("exists"));
    gitea.stubFor(
        get(urlPathEqualTo(REPO + "/pulls"))
            .inScenario("race")
            .whenScenarioStateIs("exists")
            .willReturn(
                okJson(
                    "[{\"number\":8,\"html_url\":\"https://gitea/pulls/8\",\"head\":{\"ref\":\""
                        + BRANCH
                        + "\"}}]")));
    gitea.stubFor(
        post(urlEqualTo(REPO + "/pulls"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody("{\"message\":\"pull request already exists for these targets\"}")));

    assertThat(forge.openOrFind(access, draft()))
        .isEqualTo(new PullRequest(8, "https://gitea/pulls/8", false));
  }

  @Test
  void a503CarriesItsRetryAfter() {
    gitea.stubFor(
        get(urlPathEqualTo(REPO + "/pulls"))
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));

    assertThatThrownBy(() -> forge.openOrFind(access, draft()))
        .isInstanceOfSatisfying(
            ForgeFailure.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
              assertThat(e.getMessage()).contains("HTTP 503").doesNotContain(TOKEN);
            });
  }

  @Test
  void labelsByIdAndRequestsReviewers() throws Exception {
    gitea.stubFor(
        get(urlPathEqualTo(REPO + "/labels"))
            .willReturn(okJson("[{\"id\":3,\"name\":\"runbook-improvement\"}]")));
    gitea.stubFor(post(urlEqualTo(REPO + "/issues/6/labels")).willReturn(okJson("[]")));
    gitea.stubFor(
        post(urlEqualTo(REPO + "/pulls/6/requested_reviewers"))
            .willReturn(aResponse().withStatus(201).withBody("[]")));

    forge.label(access, 6, "runbook-improvement");
    forge.requestReview(access, 6, List.of("ana"));

    gitea.verify(
        postRequestedFor(urlEqualTo(REPO + "/issues/6/labels"))
            .withRequestBody(equalToJson("{\"labels\":[3]}")));
    gitea.verify(
        postRequestedFor(urlEqualTo(REPO + "/pulls/6/requested_reviewers"))
            .withRequestBody(equalToJson("{\"reviewers\":[\"ana\"]}")));
  }

  @Test
  void readsAMergedWebhookSignedWithXGiteaSignature() throws Exception {
    byte[] body =
        ("{\"action\":\"closed\",\"pull_request\":{\"number\":6,\"merged\":true,"
                + "\"merge_commit_sha\":\"0123456789abcdef0123456789abcdef01234567\","
                + "\"head\":{\"ref\":\""
                + BRANCH
                + "\"}},\"sender\":{\"login\":\"ana\"}}")
            .getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature = HexFormat.of().formatHex(mac.doFinal(body));
    WebhookDelivery delivery =
        new WebhookDelivery(
            Map.of(
                "x-gitea-signature", signature,
                "x-gitea-event", "pull_request",
                "x-gitea-delivery", "g-1"),
            body);

    assertThat(forge.verifies(delivery, "s3cret")).isTrue();
    assertThat(forge.verifies(delivery, "other")).isFalse();
    PullRequestEvent event = forge.event(delivery).orElseThrow();
    assertThat(event.outcome()).isEqualTo(PullRequestEvent.Outcome.MERGED);
    assertThat(event.branch()).isEqualTo(BRANCH);
  }
}
