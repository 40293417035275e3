package io.hindsight.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.hindsight.platform.crypto.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A GitHub stubbed by WireMock like its REST API, for one project whose change opens pull request
 * #7: its pulls (none open, then #7), labels, reviewers, the repository for "test connection", the
 * state the poll reads; and the {@code pull_request} webhook it sends.
 */
final class GitHubStub implements AutoCloseable {

  static final int NUMBER = 7;

  final WireMockServer server;
  final String project;

  GitHubStub(String project) {
    this.project = project;
    server = new WireMockServer(options().dynamicPort());
    server.start();
  }

  @Override
  public void close() {
    server.stop();
  }

  String apiUrl() {
    return server.baseUrl() + "/api/v3";
  }

  String repo() {
    return "/api/v3/repos/" + project;
  }

  private String pull() {
    return "{\"number\":7,\"html_url\":\"https://github.example/" + project + "/pull/7\"}";
  }

  /**
   * No open pull request, then #7 once created; the first create answers {@code firstCreate}
   * ({@code "429"} with Retry-After 600, {@code "502"}, or {@code "201"}: created at once).
   */
  void pulls(String firstCreate) {
    for (String state : new String[] {Scenario.STARTED, "failed once"}) {
      server.stubFor(
          get(urlPathEqualTo(repo() + "/pulls"))
              .inScenario("pr")
              .whenScenarioStateIs(state)
              .willReturn(okJson("[]")));
    }
    server.stubFor(
        get(urlPathEqualTo(repo() + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs("open")
            .willReturn(okJson("[" + pull() + "]")));
    ResponseDefinitionBuilder created =
        aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(pull());
    ResponseDefinitionBuilder first =
        switch (firstCreate) {
          case "429" ->
              aResponse()
                  .withStatus(429)
                  .withHeader("Retry-After", "600")
                  .withBody("{\"message\":\"secondary rate limit\"}");
          case "502" -> aResponse().withStatus(502).withBody("Bad gateway");
          default -> created;
        };
    server.stubFor(
        post(urlEqualTo(repo() + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo(firstCreate.equals("201") ? "open" : "failed once"));
    server.stubFor(
        post(urlEqualTo(repo() + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs("failed once")
            .willReturn(created)
            .willSetStateTo("open"));
    server.stubFor(post(urlEqualTo(repo() + "/issues/7/labels")).willReturn(okJson("[]")));
    server.stubFor(patch(urlEqualTo(repo() + "/pulls/7")).willReturn(okJson(pull())));
    server.stubFor(
        post(urlEqualTo(repo() + "/pulls/7/requested_reviewers"))
            .willReturn(aResponse().withStatus(201).withBody("{}")));
  }

  /** The repository, readable and pushable, and its label: missing, created when asked. */
  void repositoryWithoutLabel() {
    server.stubFor(
        get(urlEqualTo(repo()))
            .willReturn(
                okJson("{\"full_name\":\"" + project + "\",\"permissions\":{\"push\":true}}")));
    server.stubFor(
        get(urlEqualTo(repo() + "/labels/runbook-improvement"))
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Not Found\"}")));
    server.stubFor(
        post(urlEqualTo(repo() + "/labels"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"name\":\"runbook-improvement\"}")));
  }

  /** Pull request #7 as the poll reads it: merged at {@code commit} by octo-reviewer2. */
  void pullMerged(String branch, String commit) {
    server.stubFor(
        get(urlEqualTo(repo() + "/pulls/7"))
            .willReturn(
                okJson(
                    "{\"number\":7,\"state\":\"closed\",\"merged\":true,\"merge_commit_sha\":\""
                        + commit
                        + "\",\"head\":{\"ref\":\""
                        + branch
                        + "\"},\"merged_by\":{\"login\":\"octo-reviewer2\"}}")));
  }

  /** Pull request #7 as the poll reads it while it is open. */
  void pullOpen(String branch) {
    server.stubFor(
        get(urlEqualTo(repo() + "/pulls/7"))
            .willReturn(
                okJson(
                    "{\"number\":7,\"state\":\"open\",\"merged\":false,\"head\":{\"ref\":\""
                        + branch
                        + "\"}}")));
  }

  /** The {@code pull_request} event of #7 closed, merged or not, sent by octo-reviewer2. */
  static byte[] closedEvent(String branch, boolean merged, String mergeCommit) {
    return ("{\"action\":\"closed\",\"number\":7,\"pull_request\":{\"number\":7,\"merged\":"
            + merged
            + ",\"merge_commit_sha\":\""
            + mergeCommit
            + "\","
            + "\"head\":{\"ref\":\""
            + branch
            + "\"},\"base\":{\"ref\":\"main\"}},\"sender\":{\"login\":\"octo-reviewer2\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** GitHub's webhook headers, signed with {@code secret}. */
  static Map<String, String> signed(String delivery, byte[] body, String secret) {
    return Map.of(
        "X-GitHub-Event",
        "pull_request",
        "X-GitHub-Delivery",
        delivery,
        WebhookSignature.HEADER,
        WebhookSignature.sign(secret, body));
  }
}
