package io.hindsight.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium: an admin sets a repository's forge on the forges page (bad input refused and
 * nothing stored, the token never shown), tests the connection against a GitHub stubbed by WireMock
 * (the label created; a wrong token said plainly), maps their forge login on the account page and
 * removes the forge again, each change in the audit trail; a change request's page links its pull
 * request and shows the reviews given on GitHub.
 */
class ForgeBrowserIT extends InChromium {

  private static final String TOKEN = "ghp_browser-secret-token-4711";

  private ForgeFixture fixture;
  private GitHubStub github;
  private ApiClient admin;

  @BeforeEach
  void aRepositoryAndAStubbedGitHub() {
    fixture = new ForgeFixture(base, "fbr");
    github = new GitHubStub("acme/" + fixture.key);
    github.repositoryWithoutLabel();
    admin = fixture.admin;
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void anAdminSetsTheForgeTestsTheConnectionAndMapsTheirLogin() {
    String key = fixture.key;
    signInAt("admin/forges.xhtml", "admin");
    submit(rowButton(key, "Set forge"));
    Chromium.awaitText(browser, By.id("edit-forge-title"), "Forge of " + key);
    assertThat(new Select(field("edit-forge:kind")).getFirstSelectedOption().getText())
        .isEqualTo("GitHub");

    set("edit-forge:api-url", github.apiUrl());
    set("edit-forge:project", "nope");
    set("edit-forge:token", TOKEN);
    submit(field("edit-forge:save"));
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Nothing was saved"))
        .contains("Project must be owner/name")
        .doesNotContain(TOKEN);
    assertThat(field("edit-forge:token").getAttribute("value")).isEmpty();
    set("edit-forge:project", github.project);
    submit(field("edit-forge:save"));
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Nothing was saved"))
        .contains("Token is required");
    assertThat(admin.get("api/v1/repositories/" + key + "/forge").status())
        .as("nothing stored")
        .isEqualTo(404);

    set("edit-forge:project", github.project);
    set("edit-forge:token", TOKEN);
    submit(field("edit-forge:save"));
    Chromium.awaitText(browser, By.id("messages"), "Saved the forge of " + key);
    JsonObject stored = admin.get("api/v1/repositories/" + key + "/forge").json();
    assertThat(stored.getString("kind")).isEqualTo("github");
    assertThat(stored.getString("project")).isEqualTo(github.project);
    assertThat(stored.getBoolean("tokenSet")).isTrue();
    assertThat(browser.getPageSource()).doesNotContain(TOKEN);
    assertThat(browser.findElement(By.id("forges")).getText()).contains("set (never shown)");
    assertThat(auditActions(key)).containsExactly("created");
    assertThat(admin.get("api/v1/audit?kind=forge&subject=" + key).body())
        .contains("\"field\":\"token\"")
        .doesNotContain(TOKEN);

    submit(field("edit-forge:test"));
    String result =
        Chromium.awaitText(browser, By.id("forge-test-result"), "the label was created");
    assertThat(result).contains("The token may push.").contains("Connection of " + key);
    github.server.verify(
        getRequestedFor(urlEqualTo(github.repo()))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    github.server.verify(1, postRequestedFor(urlEqualTo(github.repo() + "/labels")));

    github.server.stubFor(
        get(urlEqualTo(github.repo()))
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
    submit(rowButton(key, "Test connection"));
    assertThat(Chromium.awaitText(browser, By.id("forge-test-failure"), "refused the token"))
        .contains("enter a valid token")
        .doesNotContain(TOKEN);

    String login = "octo-" + UUID.randomUUID().toString().substring(0, 8);
    browser.get(base + "account.xhtml");
    WebElement gitea = browser.findElement(By.cssSelector("input[data-forge='gitea']"));
    gitea.clear();
    gitea.sendKeys("not a login");
    submit(field("forge-logins:save-forge-logins"));
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Nothing was saved"))
        .contains("Gitea/Forgejo login must be a forge user name");
    assertThat(admin.get("api/v1/me/forge-logins").json()).doesNotContainKey("gitea");

    gitea = browser.findElement(By.cssSelector("input[data-forge='gitea']"));
    gitea.clear();
    gitea.sendKeys(login);
    submit(field("forge-logins:save-forge-logins"));
    Chromium.awaitText(browser, By.id("messages"), "Your forge logins are saved.");
    assertThat(admin.get("api/v1/me/forge-logins").json().getString("gitea")).isEqualTo(login);
    assertThat(
            browser.findElement(By.cssSelector("input[data-forge='gitea']")).getAttribute("value"))
        .isEqualTo(login);

    gitea = browser.findElement(By.cssSelector("input[data-forge='gitea']"));
    gitea.clear();
    submit(field("forge-logins:save-forge-logins"));
    Chromium.awaitText(browser, By.id("messages"), "Your forge logins are saved.");
    assertThat(admin.get("api/v1/me/forge-logins").json()).doesNotContainKey("gitea");

    browser.get(base + "admin/forges.xhtml");
    submit(rowButton(key, "Remove forge…"));
    Chromium.awaitText(browser, By.id("confirm-remove-title"), "Remove the forge of " + key + "?");
    submit(field("confirm-remove:remove-confirmed"));
    Chromium.awaitText(browser, By.id("messages"), "Removed the forge of " + key);
    assertThat(admin.get("api/v1/repositories/" + key + "/forge").status())
        .as("the forge is gone")
        .isEqualTo(404);
    assertThat(rowButton(key, "Set forge").isDisplayed()).isTrue();
    assertThat(
            browser.findElements(
                By.cssSelector("#forges input[aria-label='Remove the forge of " + key + "']")))
        .isEmpty();
    assertThat(auditActions(key)).containsExactly("removed", "created");
  }

  @Test
  void theChangePageLinksThePullRequestAndShowsTheReviewsGivenOnGitHub() throws Exception {
    github.pulls("201");
    ApiClient.Reply linked = fixture.linkForge("github", github.apiUrl(), github.project, TOKEN);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    ApiClient reviewer2 = ApiClient.signedIn(base, "reviewer2");
    assertThat(reviewer2.put("api/v1/me/forge-logins", "{\"github\":\"octo-reviewer2\"}").status())
        .isEqualTo(200);
    ApiClient author = ApiClient.signedIn(base, "reviewer");
    long id = fixture.submittedChange(author).getJsonNumber("id").longValue();
    fixture.drain();
    assertThat(fixture.forgeMessage(0).getString("state")).isEqualTo("sent");

    byte[] review =
        ("{\"action\":\"submitted\",\"review\":{\"id\":"
                + id
                + ",\"user\":{\"login\":\"octo-reviewer2\"},\"body\":\"Say how long the flush"
                + " takes\",\"state\":\"changes_requested\","
                + "\"submitted_at\":\"2026-12-02T10:15:30Z\"},"
                + "\"pull_request\":{\"number\":7},\"sender\":{\"login\":\"octo-reviewer2\"}}")
            .getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        new HashMap<>(
            GitHubStub.signed(UUID.randomUUID().toString(), review, fixture.webhookSecret));
    headers.put("X-GitHub-Event", "pull_request_review");
    HttpResponse<String> recorded = fixture.webhook(fixture.key, headers, review);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(202);
    assertThat(recorded.body()).contains("recorded");

    signInAt("change.xhtml?id=" + id, "reviewer");
    String url = "https://github.example/" + github.project + "/pull/7";
    Chromium.awaitText(browser, By.id("change-pull-request-link"), url);
    assertThat(browser.findElement(By.id("change-pull-request-link")).getAttribute("href"))
        .isEqualTo(url);
    assertThat(browser.findElement(By.id("change-pull-request")).getText())
        .contains("On GitHub")
        .contains("Pull request #7")
        .contains("open");
    assertThat(browser.findElement(By.id("forge-remarks")).getText())
        .contains("octo-reviewer2 (reviewer2) changes-requested: Say how long the flush takes");
  }

  /** The audit trail's actions on the repository's forge, newest first. */
  private List<String> auditActions(String key) {
    return admin
        .get("api/v1/audit?kind=forge&subject=" + key)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(entry -> entry.getString("action"))
        .toList();
  }

  private WebElement rowButton(String key, String label) {
    return browser.findElements(By.cssSelector("#forges tbody tr")).stream()
        .filter(row -> row.findElement(By.tagName("td")).getText().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + key))
        .findElement(By.cssSelector("input[value='" + label + "']"));
  }

  /** Clicks a button that posts its form and waits until the answer has replaced the page. */
  private void submit(WebElement button) {
    Chromium.clickAndAwaitReplaced(browser, button);
  }

  private WebElement field(String id) {
    return browser.findElement(By.id(id));
  }

  private void set(String id, String value) {
    WebElement field = field(id);
    field.clear();
    field.sendKeys(value);
  }
}
