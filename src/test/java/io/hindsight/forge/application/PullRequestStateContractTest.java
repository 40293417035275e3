package io.hindsight.forge.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.hindsight.forge.domain.ForgeProject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the poll asks each forge about one pull request (its documented single pull or merge request
 * endpoint) and how the answer reads; and how a reused pull request gets its new title and body.
 */
class PullRequestStateContractTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC);
  private static final String BRANCH = "runbook-improvement/cache-flush-action-3";
  private static final String SHA = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private ForgeAccess access(String apiPath, String project) {
    return new ForgeAccess(
        URI.create(server.baseUrl() + apiPath), new ForgeProject(project), "secret-token-1");
  }

  private static String pull(String state, boolean merged, String mergedBy) {
    return "{\"number\":7,\"state\":\""
        + state
        + "\",\"merged\":"
        + merged
        + ",\"merge_commit_sha\":\""
        + SHA
        + "\",\"head\":{\"ref\":\""
        + BRANCH
        + "\"}"
        + (mergedBy == null ? "" : ",\"merged_by\":{\"login\":\"" + mergedBy + "\"}")
        + "}";
  }

  @Test
  void gitHubsPullRequestReadsMergedClosedOrOpen() throws Exception {
    GitHubForge github = new GitHubForge(new ForgeHttp(), CLOCK);
    ForgeAccess access = access("/api/v3", "acme/runbooks");
    server.stubFor(
        get(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7"))
            .willReturn(okJson(pull("closed", true, "octocat"))));
    PullRequestEvent merged = github.current(access, 7);
    assertThat(merged)
        .isEqualTo(
            new PullRequestEvent(
                BRANCH, PullRequestEvent.Outcome.MERGED, Optional.of(SHA), Optional.of("octocat")));
    server.verify(
        getRequestedFor(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7"))
            .withHeader("Authorization", equalTo("Bearer secret-token-1"))
            .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28")));

    server.stubFor(
        get(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7"))
            .willReturn(okJson(pull("closed", false, null))));
    PullRequestEvent closed = github.current(access, 7);
    assertThat(closed.outcome()).isEqualTo(PullRequestEvent.Outcome.CLOSED);
    assertThat(closed.mergeCommit()).as("GitHub's test merge commit is not a merge").isEmpty();

    server.stubFor(
        get(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7"))
            .willReturn(okJson(pull("open", false, null))));
    assertThat(github.current(access, 7).outcome()).isEqualTo(PullRequestEvent.Outcome.OTHER);
  }

  @Test
  void aPullRequestGoneFromTheForgeIsA404Failure() {
    GitHubForge github = new GitHubForge(new ForgeHttp(), CLOCK);
    server.stubFor(
        get(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7"))
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Not Found\"}")));
    assertThatThrownBy(() -> github.current(access("/api/v3", "acme/runbooks"), 7))
        .isInstanceOfSatisfying(
            ForgeFailure.class, failure -> assertThat(failure.status()).isEqualTo(404))
        .hasMessageNotContaining("secret-token-1");
  }

  @Test
  void gitLabsMergeRequestReadsItsStateAndWhoMergedOrClosedIt() throws Exception {
    GitLabForge gitlab = new GitLabForge(new ForgeHttp(), CLOCK);
    ForgeAccess access = access("/api/v4", "ops/sre/runbooks");
    String path = "/api/v4/projects/ops%2Fsre%2Frunbooks/merge_requests/4";
    server.stubFor(
        get(urlEqualTo(path))
            .willReturn(
                okJson(
                    "{\"iid\":4,\"state\":\"merged\",\"merge_commit_sha\":\""
                        + SHA
                        + "\",\"source_branch\":\""
                        + BRANCH
                        + "\",\"merge_user\":{\"username\":\"gl-reviewer2\"}}")));
    assertThat(gitlab.current(access, 4))
        .isEqualTo(
            new PullRequestEvent(
                BRANCH,
                PullRequestEvent.Outcome.MERGED,
                Optional.of(SHA),
                Optional.of("gl-reviewer2")));
    server.verify(
        getRequestedFor(urlEqualTo(path)).withHeader("PRIVATE-TOKEN", equalTo("secret-token-1")));

    server.stubFor(
        get(urlEqualTo(path))
            .willReturn(
                okJson(
                    "{\"iid\":4,\"state\":\"closed\",\"merge_commit_sha\":null,"
                        + "\"closed_by\":{\"username\":\"gl-lead\"},\"source_branch\":\"b\"}")));
    PullRequestEvent closed = gitlab.current(access, 4);
    assertThat(closed.outcome()).isEqualTo(PullRequestEvent.Outcome.CLOSED);
    assertThat(closed.sender()).contains("gl-lead");

    for (String open : new String[] {"opened", "locked"}) {
      server.stubFor(
          get(urlEqualTo(path)).willReturn(okJson("{\"iid\":4,\"state\":\"" + open + "\"}")));
      assertThat(gitlab.current(access, 4).outcome()).isEqualTo(PullRequestEvent.Outcome.OTHER);
    }
  }

  @Test
  void giteasPullRequestReadsLikeGitHubs() throws Exception {
    GiteaForge gitea = new GiteaForge(new ForgeHttp(), CLOCK);
    server.stubFor(
        get(urlEqualTo("/api/v1/repos/ops/runbooks/pulls/3"))
            .willReturn(okJson(pull("closed", true, "gitea-reviewer"))));
    PullRequestEvent merged = gitea.current(access("/api/v1", "ops/runbooks"), 3);
    assertThat(merged.outcome()).isEqualTo(PullRequestEvent.Outcome.MERGED);
    assertThat(merged.sender()).contains("gitea-reviewer");
    server.verify(
        getRequestedFor(urlEqualTo("/api/v1/repos/ops/runbooks/pulls/3"))
            .withHeader("Authorization", equalTo("token secret-token-1")));
  }

  @Test
  void aReusedPullRequestGetsTheNewTitleAndBody() throws Exception {
    PullRequestDraft draft =
        new PullRequestDraft(BRANCH, "main", "Cache flush: say how long", "**Lint:** no findings.");
    server.stubFor(
        patch(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7")).willReturn(okJson("{}")));
    new GitHubForge(new ForgeHttp(), CLOCK).describe(access("/api/v3", "acme/runbooks"), 7, draft);
    server.verify(
        patchRequestedFor(urlEqualTo("/api/v3/repos/acme/runbooks/pulls/7"))
            .withRequestBody(
                equalToJson(
                    "{\"title\":\"Cache flush: say how long\",\"body\":\"**Lint:** no findings.\"}")));

    String mr = "/api/v4/projects/ops%2Frunbooks/merge_requests/4";
    server.stubFor(put(urlEqualTo(mr)).willReturn(okJson("{}")));
    new GitLabForge(new ForgeHttp(), CLOCK).describe(access("/api/v4", "ops/runbooks"), 4, draft);
    server.verify(
        putRequestedFor(urlEqualTo(mr))
            .withRequestBody(
                equalToJson(
                    "{\"title\":\"Cache flush: say how long\","
                        + "\"description\":\"**Lint:** no findings.\"}")));

    server.stubFor(
        patch(urlEqualTo("/api/v1/repos/ops/runbooks/pulls/3"))
            .willReturn(aResponse().withStatus(403).withBody("{\"message\":\"forbidden\"}")));
    assertThatThrownBy(
            () ->
                new GiteaForge(new ForgeHttp(), CLOCK)
                    .describe(access("/api/v1", "ops/runbooks"), 3, draft))
        .isInstanceOf(ForgeFailure.class)
        .hasMessageContaining("update the pull request's description");
  }
}
