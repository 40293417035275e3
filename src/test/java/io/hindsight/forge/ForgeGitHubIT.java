package io.hindsight.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.SuiteDeployment;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change request becomes a pull request on a GitHub stubbed by WireMock like its REST API: the
 * branch pushed to a real bare repository, the pull request opened through the outbox (a rate limit
 * with Retry-After and a 5xx first, then success), labelled, its reviewers asked, reused on a
 * second submission; the merged webhook closes the change request and its action item.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgeGitHubIT {

  private static final String PATH = "runbooks/cache-flush.md";
  private static final String ORIGINAL =
      "---\ntitle: Cache flush\nowner: reviewer2\n---\n# Cache flush\n\n## Steps\n\n"
          + "1. Drain traffic\n2. Flush the cache\n";
  private static final String TOKEN = "ghp_it-secret-token-4711";

  private final URL base = SuiteDeployment.base();

  private WireMockServer github;
  private ApiClient admin;
  private String key;
  private BareRemote remote;
  private String webhookSecret;
  private String project;

  @BeforeEach
  void aRepositoryOnAStubbedGitHub() {
    github = new WireMockServer(options().dynamicPort());
    github.start();
    admin = ApiClient.signedIn(base, "admin");
    key = "fgh-" + UUID.randomUUID().toString().substring(0, 8);
    project = "acme/" + key;
    remote =
        BareRemote.create(
            TestServer.dataDir().resolve("forge-remotes").resolve(key + ".git"), "main");
    remote.commit("Ana Lima", "Add the cache runbook", files(PATH, ORIGINAL));
    ApiClient.Reply registered =
        admin.post(
            "api/v1/repositories",
            Json.createObjectBuilder()
                .add("key", key)
                .add("name", "Runbooks " + key)
                .add("url", remote.url())
                .add("branch", "main")
                .add("folder", "runbooks")
                .build()
                .toString());
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    webhookSecret = registered.json().getString("webhookSecret");
    FirstSync.await(admin, key);
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    github.stop();
  }

  private String repo() {
    return "/api/v3/repos/" + project;
  }

  private ApiClient.Reply linkForge(String token) {
    return admin.put(
        "api/v1/repositories/" + key + "/forge",
        Json.createObjectBuilder()
            .add("kind", "github")
            .add("apiUrl", github.baseUrl() + "/api/v3")
            .add("project", project)
            .add("token", token)
            .build()
            .toString());
  }

  /** GitHub answers: no open pull request, then the one created. */
  private void stubPulls(String firstCreate) {
    String pull = "{\"number\":7,\"html_url\":\"https://github.example/" + project + "/pull/7\"}";
    github.stubFor(
        get(urlPathEqualTo(repo() + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("[]")));
    github.stubFor(
        get(urlPathEqualTo(repo() + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs("failed once")
            .willReturn(okJson("[]")));
    github.stubFor(
        get(urlPathEqualTo(repo() + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs("open")
            .willReturn(okJson("[" + pull + "]")));
    github.stubFor(
        post(urlEqualTo(repo() + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                firstCreate.equals("429")
                    ? aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "600")
                        .withBody("{\"message\":\"secondary rate limit\"}")
                    : aResponse().withStatus(502).withBody("Bad gateway"))
            .willSetStateTo("failed once"));
    github.stubFor(
        post(urlEqualTo(repo() + "/pulls"))
            .inScenario("pr")
            .whenScenarioStateIs("failed once")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(pull))
            .willSetStateTo("open"));
    github.stubFor(post(urlEqualTo(repo() + "/issues/7/labels")).willReturn(okJson("[]")));
    github.stubFor(
        post(urlEqualTo(repo() + "/pulls/7/requested_reviewers"))
            .willReturn(aResponse().withStatus(201).withBody("{}")));
  }

  /** A runbook-update action item for the runbook, and a change request for it, submitted. */
  private JsonObject submittedChange(ApiClient author) {
    PostmortemApi postmortems = new PostmortemApi(base);
    String postmortem = postmortems.draft("P1");
    ApiClient.Reply item =
        postmortems
            .as("responder")
            .post(
                "api/v1/action-items",
                Json.createObjectBuilder()
                    .add("postmortem", postmortem)
                    .add("title", "Say when the cache is flushed")
                    .add("kind", "runbook_update")
                    .add("priority", "high")
                    .add("owner", "viewer")
                    .add(
                        "runbook",
                        Json.createObjectBuilder().add("repository", key).add("path", PATH))
                    .build()
                    .toString());
    assertThat(item.status()).as(item.toString()).isEqualTo(201);
    long itemId = item.json().getJsonNumber("id").longValue();
    ApiClient.Reply opened =
        author.post(
            "api/v1/change-requests",
            Json.createObjectBuilder()
                .add("sourceKind", "action-item")
                .add("sourceKey", String.valueOf(itemId))
                .build()
                .toString());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    JsonObject saved = save(author, id, ORIGINAL + "3. Check the hit rate\n", 0);
    JsonObject submitted = action(author, id, "submit", saved.getInt("version"));
    return Json.createObjectBuilder(submitted).add("actionItem", itemId).build();
  }

  private static JsonObject save(ApiClient client, long id, String content, int version) {
    ApiClient.Reply reply =
        client.put(
            "api/v1/change-requests/" + id + "/content",
            Json.createObjectBuilder()
                .add("version", version)
                .add("content", content)
                .build()
                .toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static JsonObject action(ApiClient client, long id, String action, int version) {
    ApiClient.Reply reply =
        client.post(
            "api/v1/change-requests/" + id + "/" + action,
            Json.createObjectBuilder().add("version", version).build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** The change request as its list entry shows it (state, version, merge commit). */
  private static JsonObject summary(ApiClient client, long id) {
    JsonObject detail = client.get("api/v1/change-requests/" + id).json();
    return detail.containsKey("summary") ? detail.getJsonObject("summary") : detail;
  }

  private JsonObject forgeMessage(int index) {
    ApiClient.Reply log = admin.get("api/v1/notifications?recipient=" + key + "&limit=50");
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    return log.json().getJsonArray("items").getJsonObject(index);
  }

  private int forgeMessages() {
    return admin
        .get("api/v1/notifications?recipient=" + key + "&limit=50")
        .json()
        .getJsonArray("items")
        .size();
  }

  private int drain() {
    ApiClient.Reply reply = admin.post("api/it/notify/drain", "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return Integer.parseInt(reply.body().trim());
  }

  private void dueNow(long messageId) {
    assertThat(
            TestDatabase.update(
                "update notification_message set next_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                messageId))
        .isEqualTo(1);
  }

  private HttpResponse<String> webhook(
      String repository, String event, String delivery, byte[] body, String signature)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/webhooks/forge/" + repository))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", event)
            .header("X-GitHub-Delivery", delivery)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] closedEvent(String branch, boolean merged, String mergeCommit) {
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

  @Test
  void aRateLimitedFirstAttemptStillOpensExactlyOnePullRequestAndTheMergedWebhookClosesTheLoop()
      throws Exception {
    stubPulls("429");
    ApiClient.Reply linked = linkForge(TOKEN);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.body()).doesNotContain(TOKEN).contains("\"tokenSet\":true");
    assertThat(admin.get("api/v1/repositories/" + key + "/forge").body()).doesNotContain(TOKEN);
    ApiClient reviewer2 = ApiClient.signedIn(base, "reviewer2");
    assertThat(reviewer2.put("api/v1/me/forge-logins", "{\"github\":\"octo-reviewer2\"}").status())
        .isEqualTo(200);
    ApiClient author = ApiClient.signedIn(base, "reviewer");

    JsonObject change = submittedChange(author);
    long id = change.getJsonNumber("id").longValue();
    String branch = change.getString("branch");
    assertThat(forgeMessages()).isEqualTo(1);
    JsonObject queued = forgeMessage(0);
    assertThat(queued.getString("kind")).isEqualTo("forge_pull_request");
    assertThat(queued.getString("channel")).isEqualTo("forge");

    Instant before = Instant.now();
    drain();
    JsonObject limited = forgeMessage(0);
    assertThat(limited.getString("state")).isEqualTo("failed");
    assertThat(limited.getString("lastError")).contains("rate-limited").doesNotContain(TOKEN);
    assertThat(Instant.parse(limited.getString("nextAttemptAt")))
        .as("the forge's Retry-After (600 s), not the 30 s backoff")
        .isAfter(before.plusSeconds(590));
    assertThat(GitCli.bare(remote.directory(), "rev-parse", branch).strip())
        .as("the branch is pushed before the pull request is asked for")
        .isEqualTo(author.get("api/v1/change-requests/" + id).json().getString("headCommit"));

    dueNow(limited.getJsonNumber("id").longValue());
    drain();
    assertThat(forgeMessage(0).getString("state")).isEqualTo("sent");
    github.verify(2, postRequestedFor(urlEqualTo(repo() + "/pulls")));
    github.verify(
        postRequestedFor(urlEqualTo(repo() + "/pulls"))
            .withRequestBody(
                equalToJson("{\"head\":\"" + branch + "\",\"base\":\"main\"}", true, true)));
    github.verify(
        1,
        postRequestedFor(urlEqualTo(repo() + "/issues/7/labels"))
            .withRequestBody(equalToJson("{\"labels\":[\"runbook-improvement\"]}")));
    github.verify(
        1,
        postRequestedFor(urlEqualTo(repo() + "/pulls/7/requested_reviewers"))
            .withRequestBody(equalToJson("{\"reviewers\":[\"octo-reviewer2\"]}")));

    // Changes asked for, a new commit, a second submission: the same pull request, updated.
    JsonObject current = summary(author, id);
    ApiClient.Reply asked =
        reviewer2.post(
            "api/v1/change-requests/" + id + "/reviews",
            Json.createObjectBuilder()
                .add("verdict", "request_changes")
                .add("comment", "Say how long the flush takes")
                .add("version", current.getInt("version"))
                .build()
                .toString());
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    JsonObject saved =
        save(
            author,
            id,
            ORIGINAL + "3. Check the hit rate\n4. The flush takes about a minute\n",
            asked.json().getInt("version"));
    action(author, id, "submit", saved.getInt("version"));
    assertThat(forgeMessages()).isEqualTo(2);
    drain();
    assertThat(forgeMessage(0).getString("state")).isEqualTo("sent");
    assertThat(forgeMessage(1).getString("state")).isEqualTo("sent");
    github.verify(2, postRequestedFor(urlEqualTo(repo() + "/pulls")));
    String newHead = author.get("api/v1/change-requests/" + id).json().getString("headCommit");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", branch).strip()).isEqualTo(newHead);

    // Bad signature, unknown repository: refused, nothing changes.
    // GitHub merges: the base branch of the remote moves to its merge commit.
    String mergeCommit =
        remote.commit(
            "octo-reviewer2",
            "Merge pull request #7",
            files(PATH, ORIGINAL + "3. Check the hit rate\n4. The flush takes about a minute\n"));
    byte[] merged = closedEvent(branch, true, mergeCommit);
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
                    WebhookSignature.sign(webhookSecret, merged))
                .statusCode())
        .isEqualTo(401);
    assertThat(summary(author, id).getString("state")).isEqualTo("in-review");

    String delivery = "d-" + UUID.randomUUID();
    HttpResponse<String> accepted =
        webhook(
            key, "pull_request", delivery, merged, WebhookSignature.sign(webhookSecret, merged));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    assertThat(accepted.body()).contains("merged");
    JsonObject after = summary(author, id);
    assertThat(after.getString("state")).isEqualTo("merged");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main").strip()).isEqualTo(mergeCommit);
    JsonObject item =
        author.get("api/v1/action-items/" + change.getJsonNumber("actionItem").longValue()).json();
    assertThat(item.getString("status")).isEqualTo("done");

    HttpResponse<String> replay =
        webhook(
            key, "pull_request", delivery, merged, WebhookSignature.sign(webhookSecret, merged));
    assertThat(replay.statusCode()).isEqualTo(409);
    assertThat(replay.body()).contains("received already");
  }

  @Test
  void aForgeDownAnswers5xxAndTheNextAttemptOpensThePullRequest() throws Exception {
    stubPulls("502");
    assertThat(linkForge(TOKEN).status()).isEqualTo(200);
    ApiClient author = ApiClient.signedIn(base, "reviewer");
    JsonObject change = submittedChange(author);

    drain();
    JsonObject failed = forgeMessage(0);
    assertThat(failed.getString("state")).isEqualTo("failed");
    assertThat(failed.getString("lastError")).contains("HTTP 502").contains("tried again later");
    dueNow(failed.getJsonNumber("id").longValue());
    drain();
    assertThat(forgeMessage(0).getString("state")).isEqualTo("sent");
    github.verify(2, postRequestedFor(urlEqualTo(repo() + "/pulls")));
    github.verify(1, postRequestedFor(urlEqualTo(repo() + "/issues/7/labels")));

    // Closed unmerged on the forge: the change request is closed, its action item stays open.
    byte[] closed = closedEvent(change.getString("branch"), false, null);
    HttpResponse<String> accepted =
        webhook(
            key,
            "pull_request",
            "d-" + UUID.randomUUID(),
            closed,
            WebhookSignature.sign(webhookSecret, closed));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    long id = change.getJsonNumber("id").longValue();
    assertThat(summary(author, id).getString("state")).isEqualTo("closed");
  }

  @Test
  void badForgeSettingsAreRefusedClearlyAndNothingIsStored() {
    String url = github.baseUrl();
    Map<String, String> bodies =
        Map.of(
            "{\"kind\":\"bitbucket\",\"apiUrl\":\""
                + url
                + "\",\"project\":\"a/b\",\"token\":\"t\"}",
            "kind",
            "{\"kind\":\"github\",\"apiUrl\":\"ftp://x\",\"project\":\"a/b\",\"token\":\"t\"}",
            "apiUrl",
            "{\"kind\":\"github\",\"apiUrl\":\"" + url + "\",\"project\":\"nope\",\"token\":\"t\"}",
            "project",
            "{\"kind\":\"github\",\"apiUrl\":\"" + url + "\",\"project\":\"a/b\"}",
            "token",
            "{\"kind\":\"github\",\"apiUrl\":\""
                + url
                + "\",\"project\":\"a/b\",\"token\":\"a b\"}",
            "token");
    bodies.forEach(
        (body, field) -> {
          ApiClient.Reply refused = admin.put("api/v1/repositories/" + key + "/forge", body);
          assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
          assertThat(refused.contentType()).startsWith("application/problem+json");
          assertThat(refused.body()).contains(field);
        });
    for (String body : new String[] {"", "not json", "[]"}) {
      ApiClient.Reply refused = admin.put("api/v1/repositories/" + key + "/forge", body);
      assertThat(refused.status()).as(refused.toString()).isBetween(400, 415);
    }
    assertThat(admin.get("api/v1/repositories/" + key + "/forge").status()).isEqualTo(404);
    assertThat(admin.get("api/v1/repositories/no-such-" + key + "/forge").status()).isEqualTo(404);
    assertThat(
            ApiClient.signedIn(base, "reviewer")
                .put("api/v1/repositories/" + key + "/forge", "{}")
                .status())
        .isEqualTo(403);
    ApiClient.Reply noForge = admin.post("api/v1/repositories/" + key + "/forge/test", "");
    assertThat(noForge.status()).isEqualTo(409);

    // A wrong token: test connection says so, without echoing it.
    github.stubFor(
        get(urlEqualTo(repo()))
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
    assertThat(linkForge("ghp_wrong-token-0815").status()).isEqualTo(200);
    ApiClient.Reply tested = admin.post("api/v1/repositories/" + key + "/forge/test", "");
    assertThat(tested.status()).as(tested.toString()).isEqualTo(409);
    assertThat(tested.contentType()).startsWith("application/problem+json");
    assertThat(tested.body()).contains("refused the token").doesNotContain("ghp_wrong-token-0815");

    // A new host needs the token again.
    ApiClient.Reply moved =
        admin.put(
            "api/v1/repositories/" + key + "/forge",
            "{\"kind\":\"github\",\"apiUrl\":\"https://github.example/api/v3\",\"project\":\"a/b\"}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(400);
    assertThat(moved.body()).contains("token");

    ApiClient.Reply badLogin =
        admin.put("api/v1/me/forge-logins", "{\"github\":\"not a login\",\"svn\":\"x\"}");
    assertThat(badLogin.status()).as(badLogin.toString()).isEqualTo(400);
    assertThat(badLogin.body()).contains("github").contains("svn");
    assertThat(admin.get("api/v1/me/forge-logins").json()).doesNotContainKey("github");
  }
}
