package io.hindsight.review;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium, with data the tests create through the API: a reviewer follows their
 * repository's progress on the quarter view and reviews from it, and answers runbook feedback from
 * the feedback list; each page with its empty state and a bad address parameter.
 */
class ReviewOverviewBrowserIT extends InChromium {

  @Test
  void aReviewerFollowsTheQuarterOfTheirRepositoryAndReviewsFromIt() {
    String key = ReviewFixtures.uniqueKey("qtrb");
    ReviewFixtures.register(
        base,
        key,
        files(
            "disk.md", ReviewFixtures.runbook("Disk full", "2025-01-10"),
            "dns.md", ReviewFixtures.runbook("DNS failure", "2025-04-10"),
            "cache.md", ReviewFixtures.runbook("Cache cold", "2025-07-10")));
    String retiredKey = ReviewFixtures.uniqueKey("qtrb-old");
    ReviewFixtures.register(
        base, retiredKey, files("fax.md", ReviewFixtures.runbook("Fax line down", "2024-02-29")));
    ReviewFixtures.review(api("reviewer"), retiredKey, "fax.md", "retired", "No fax any more.");

    signInAt("review-quarter.xhtml", "reviewer");
    assertThat(browser.findElements(By.id("quarter-repository"))).as("every repository").isEmpty();
    new Select(browser.findElement(By.id("f-repo"))).selectByValue(key);
    browser.findElement(By.id("apply-filters")).click();
    Chromium.awaitUrl(browser, "repo=" + key);
    assertThat(text("quarter-repository")).isEqualTo(key);
    assertThat(text("total-runbooks")).isEqualTo("3");
    assertThat(text("total-reviewed")).isEqualTo("0");
    assertThat(text("total-due")).isEqualTo("3");
    assertThat(text("total-overdue")).isEqualTo("3");
    assertThat(text("total-fresh")).isEqualTo("0");
    assertThat(text("by-owner")).contains("reviewer");
    assertThat(rows("freshness"))
        .as("least recently reviewed first")
        .containsExactly("Disk full", "DNS failure", "Cache cold");

    browser.findElement(By.linkText("Disk full")).click();
    Chromium.awaitText(browser, By.id("review-title"), "Review: Disk full");
    browser.findElement(By.id("review-form:notes")).sendKeys("Walked through every step.");
    browser.findElement(By.id("review-form:still-accurate")).click();
    Chromium.awaitText(browser, By.tagName("body"), "Recorded: Disk full is still accurate");

    browser.get(base + "review-quarter.xhtml?repo=" + key);
    assertThat(text("total-runbooks")).isEqualTo("3");
    assertThat(text("total-reviewed")).isEqualTo("1");
    assertThat(text("total-due")).isEqualTo("2");
    assertThat(text("total-overdue")).isEqualTo("2");
    assertThat(text("total-fresh")).isEqualTo("1");
    assertThat(text("total-fresh-percent")).isEqualTo("33");
    WebElement disk =
        browser.findElement(By.xpath("//table[@id='freshness']//tr[.//a[text()='Disk full']]"));
    assertThat(disk.getAttribute("class")).isEqualTo("fresh");
    assertThat(disk.getText()).contains(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(rows("freshness")).containsExactly("DNS failure", "Cache cold", "Disk full");
    assertThat(browser.findElement(By.id("to-queue")).getAttribute("href"))
        .endsWith("reviews.xhtml?repo=" + key);

    // Empty: every runbook of the repository retired.
    browser.get(base + "review-quarter.xhtml?repo=" + retiredKey);
    assertThat(text("quarter-repository")).isEqualTo(retiredKey);
    assertThat(text("quarter-empty")).contains("No runbooks to review in this repository");
    assertThat(browser.findElements(By.id("quarter-total"))).isEmpty();

    // A key that cannot be one, and one no repository has: named, and every repository shown.
    browser.get(base + "review-quarter.xhtml?repo=Not%20a%20key!");
    assertThat(text("messages")).contains("\"Not a key!\" is not a repository key; showing all.");
    assertThat(browser.findElements(By.id("quarter-repository"))).isEmpty();
    assertThat(text("by-repository")).contains(key);
    browser.get(base + "review-quarter.xhtml?repo=" + key + "-gone");
    assertThat(text("messages")).contains("There is no repository " + key + "-gone; showing all.");
    assertThat(text("by-repository")).contains(key);
  }

  @Test
  void aReviewerAnswersRunbookFeedbackFromTheFeedbackList() {
    String key = ReviewFixtures.uniqueKey("fbb");
    ReviewFixtures.register(
        base,
        key,
        files(
            "restore.md", ReviewFixtures.runbook("Restore", "2026-01-10"),
            "rollback.md", ReviewFixtures.runbook("Rollback", "2026-01-10")));
    IncidentApi incidents = new IncidentApi(base);
    String incident =
        incidents
            .declare(
                "responder",
                Json.createObjectBuilder()
                    .add("title", "Restore slow " + key)
                    .add("severity", "P2")
                    .add("category", "outage")
                    .add("startedAt", IncidentApi.ago(Duration.ofMinutes(30)))
                    .build()
                    .toString())
            .getString("key");
    raise(incidents.as("responder"), incident, key, "restore.md", "Stop writes", "wrong");
    raise(incidents.as("responder"), incident, key, "rollback.md", "Revert", "unclear");

    signInAt("runbook-feedback.xhtml", "reviewer");
    new Select(browser.findElement(By.id("f-state"))).selectByValue("open");
    new Select(browser.findElement(By.id("f-repo"))).selectByValue(key);
    browser.findElement(By.id("apply-filters")).click();
    Chromium.awaitUrl(browser, "repo=" + key);
    assertThat(browser.getCurrentUrl()).contains("state=open");
    assertThat(text("feedback-total")).isEqualTo("2");
    assertThat(text("feedback"))
        .contains("wrong at \"Stop writes\" — Note on Stop writes")
        .contains("unclear at \"Revert\"")
        .contains(incident);

    // "Needs change" accepts the feedback on its runbook.
    browser.findElement(By.linkText("restore.md")).click();
    Chromium.awaitText(browser, By.id("review-title"), "Review: Restore");
    assertThat(text("review-feedback")).contains("Note on Stop writes").contains("open");
    assertThat(text("feedback-note")).contains("answers the 1 open feedback item(s)");
    browser.findElement(By.id("review-form:notes")).sendKeys("Swap steps 1 and 2.");
    browser.findElement(By.id("review-form:needs-change")).click();
    Chromium.awaitText(browser, By.tagName("body"), "Recorded: Restore is needs change");

    // "Still accurate" without a reason is refused and stores nothing; with one it rejects.
    browser.get(base + "runbook-feedback.xhtml?state=open&repo=" + key);
    assertThat(rows("feedback")).containsExactly("rollback.md");
    browser.findElement(By.linkText("rollback.md")).click();
    Chromium.awaitText(browser, By.id("review-title"), "Review: Rollback");
    browser.findElement(By.id("review-form:still-accurate")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "say why"))
        .contains("say why the open feedback (\"Revert\") does not call for a change");
    browser.get(base + "runbook-feedback.xhtml?state=open&repo=" + key);
    assertThat(rows("feedback")).as("nothing stored").containsExactly("rollback.md");
    browser.findElement(By.linkText("rollback.md")).click();
    Chromium.awaitText(browser, By.id("review-title"), "Review: Rollback");
    browser.findElement(By.id("review-form:notes")).sendKeys("Step 1 names the commit to revert.");
    browser.findElement(By.id("review-form:still-accurate")).click();
    Chromium.awaitText(browser, By.tagName("body"), "Recorded: Rollback is still accurate");

    browser.get(base + "runbook-feedback.xhtml?state=accepted&repo=" + key);
    assertThat(rows("feedback")).containsExactly("restore.md");
    browser.get(base + "runbook-feedback.xhtml?state=rejected&repo=" + key);
    assertThat(rows("feedback")).containsExactly("rollback.md");
    assertThat(text("feedback")).contains("Step 1 names the commit to revert.");

    // Empty: nothing fixed in this repository yet.
    browser.get(base + "runbook-feedback.xhtml?state=fixed&repo=" + key);
    assertThat(text("feedback-total")).isEqualTo("0");
    assertThat(text("feedback-empty")).isEqualTo("No feedback in this list.");

    // Bad parameters: named, the rest of the address still applies.
    browser.get(base + "runbook-feedback.xhtml?state=acting&repo=" + key);
    assertThat(text("messages")).contains("There is no feedback state \"acting\"; showing all.");
    assertThat(text("feedback-total")).isEqualTo("2");
    browser.get(base + "runbook-feedback.xhtml?state=open&repo=Bad%20Key&page=abc");
    assertThat(text("messages"))
        .contains("\"Bad Key\" is not a repository key; showing all.")
        .contains("There is no page \"abc\"; showing the first.");
  }

  private static void raise(
      ApiClient responder, String incident, String key, String path, String step, String problem) {
    ApiClient.Reply raised =
        responder.post(
            "api/v1/incidents/" + incident + "/feedback",
            Json.createObjectBuilder()
                .add("repository", key)
                .add("path", path)
                .add("step", step)
                .add("problem", problem)
                .add("note", "Note on " + step)
                .build()
                .toString());
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** The text of the first link in each body row of the table {@code id}, top to bottom. */
  private List<String> rows(String id) {
    return browser.findElements(By.cssSelector("#" + id + " tbody tr")).stream()
        .map(row -> row.findElement(By.tagName("a")).getText())
        .toList();
  }
}
