package io.hindsight.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The poll that covers missed webhooks, run through its EJB as the timer runs it, against a GitHub
 * stubbed by WireMock: a pull request merged on the forge without a webhook closes the change
 * request and its action item; a webhook arriving later changes nothing; a pull request deleted on
 * the forge is noted for the admin.
 */
class ForgePollIT extends OverHttp {

  private static final String TOKEN = "ghp_poll-secret-token-4711";

  private GitHubStub github;
  private ForgeFixture fixture;
  private ApiClient author;

  @BeforeEach
  void aPullRequestOpenOnAStubbedGitHub() {
    fixture = new ForgeFixture(base, "fpoll");
    github = new GitHubStub("acme/" + fixture.key);
    github.pulls("201");
    ApiClient.Reply linked = fixture.linkForge("github", github.apiUrl(), github.project, TOKEN);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    author = ApiClient.signedIn(base, "reviewer");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  /** Submits a change and drains the outbox: pull request #7 is open for it. */
  private JsonObject openPullRequest() {
    JsonObject change = fixture.submittedChange(author);
    fixture.drain();
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");
    return change;
  }

  private String poll() {
    ApiClient.Reply run = fixture.admin.post("api/it/forge-poll", "");
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    return run.body();
  }

  /** The author's "merged" notices of the change request. */
  private long mergedNotices(String address, long changeId) {
    JsonObject log =
        fixture.admin.get("api/v1/notifications?kind=change_merged&recipient=" + address).json();
    return log.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("subject").equals("change_request:CR-" + changeId))
        .count();
  }

  @Test
  void aMergeTheWebhookMissedIsPickedUpByThePollAndALateWebhookChangesNothing() throws Exception {
    JsonObject change = openPullRequest();
    long id = change.getJsonNumber("id").longValue();
    String branch = change.getString("branch");
    long item = change.getJsonNumber("actionItem").longValue();
    String address = "poll-" + fixture.key + "@example.com";
    assertThat(author.put("api/v1/me/email", "{\"email\":\"" + address + "\"}").status())
        .isEqualTo(200);
    ApiClient reviewer2 = ApiClient.signedIn(base, "reviewer2");
    assertThat(reviewer2.put("api/v1/me/forge-logins", "{\"github\":\"octo-reviewer2\"}").status())
        .isEqualTo(200);

    github.pullOpen(branch);
    poll();
    github.server.verify(getRequestedFor(urlEqualTo(github.repo() + "/pulls/7")));
    assertThat(ForgeFixture.summary(author, id).getString("state")).isEqualTo("in-review");

    String mergeCommit =
        fixture.remote.commit(
            "octo-reviewer2",
            "Merge pull request #7",
            files(ForgeFixture.PATH, ForgeFixture.ORIGINAL + "3. Check the hit rate\n"));
    github.pullMerged(branch, mergeCommit);
    poll();
    assertThat(ForgeFixture.summary(author, id).getString("state")).isEqualTo("merged");
    assertThat(author.get("api/v1/action-items/" + item).json().getString("status"))
        .isEqualTo("done");
    assertThat(mergedNotices(address, id)).isEqualTo(1);

    int asked =
        github.server.findAll(getRequestedFor(urlEqualTo(github.repo() + "/pulls/7"))).size();
    poll();
    assertThat(github.server.findAll(getRequestedFor(urlEqualTo(github.repo() + "/pulls/7"))))
        .as("a merged pull request is not asked about again")
        .hasSize(asked);

    byte[] merged = GitHubStub.closedEvent(branch, true, mergeCommit);
    HttpResponse<String> late =
        fixture.webhook(
            fixture.key,
            GitHubStub.signed("d-" + UUID.randomUUID(), merged, fixture.webhookSecret),
            merged);
    assertThat(late.statusCode()).as(late.body()).isEqualTo(202);
    assertThat(ForgeFixture.summary(author, id).getString("state")).isEqualTo("merged");
    assertThat(mergedNotices(address, id)).as("the loop closes once").isEqualTo(1);
  }

  @Test
  void aPullRequestDeletedOnTheForgeIsNotedForTheAdminAndStaysOpenInHindsight() {
    JsonObject change = openPullRequest();
    long id = change.getJsonNumber("id").longValue();
    github.server.stubFor(
        get(urlEqualTo(github.repo() + "/pulls/7"))
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Not Found\"}")));

    poll();
    assertThat(ForgeFixture.summary(author, id).getString("state")).isEqualTo("in-review");
    String page = signIn("admin").get("admin/forges.xhtml").body();
    assertThat(page)
        .contains("Pull requests with a problem")
        .contains("Pull request #7 is gone from GitHub (HTTP 404)")
        .doesNotContain(TOKEN);
  }
}
