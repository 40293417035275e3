package io.hindsight.review;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * In real Chromium: a reviewer opens their queue, works three overdue runbooks to done from the
 * review page (each review opens the next item), and the queue is cleared.
 */
class ReviewBrowserIT extends InChromium {

  @Test
  void aReviewerWorksThreeItemsFromTheQueueToDone() throws Exception {
    String key = "brw-" + UUID.randomUUID().toString().substring(0, 8);
    register(
        key,
        files(
            "disk.md", runbook("Disk full", "2025-01-10"),
            "dns.md", runbook("DNS failure", "2025-04-10"),
            "queue.md", runbook("Queue backlog", "2025-07-10")));

    String queue = "reviews.xhtml?mine=true&repo=" + key;
    signInAt(queue, "reviewer");
    assertThat(browser.findElement(By.id("queue-total")).getText()).isEqualTo("3");
    assertThat(browser.findElement(By.id("queue")).getText())
        .contains("Disk full")
        .contains("overdue by")
        .contains("front matter last_reviewed");
    screenshot("review-queue.png");

    browser.findElement(By.linkText("Disk full")).click();
    for (String title : new String[] {"Disk full", "DNS failure", "Queue backlog"}) {
      Chromium.awaitText(browser, By.id("review-title"), "Review: " + title);
      browser
          .findElement(By.id("review-form:notes"))
          .sendKeys(
              title.equals("Queue backlog")
                  ? "The intern broke the consumer config last time."
                  : "Walked through " + title + ".");
      if (title.equals("DNS failure")) {
        screenshot("review-page.png");
      }
      browser.findElement(By.id("review-form:still-accurate")).click();
      String recorded =
          Chromium.awaitText(
              browser, By.tagName("body"), "Recorded: " + title + " is still accurate");
      if (title.equals("Queue backlog")) {
        assertThat(recorded).contains("A note on your notes").contains("Ask instead");
      } else {
        assertThat(recorded).doesNotContain("A note on your notes");
      }
    }
    browser.get(base + queue);
    assertThat(browser.findElement(By.id("queue-total")).getText()).isEqualTo("0");
    assertThat(browser.findElement(By.id("queue-empty")).getText()).contains("Nothing to review");
    browser.get(base + "reviews.xhtml?all=true&repo=" + key);
    assertThat(browser.findElement(By.id("queue")).getText())
        .contains("review record")
        .doesNotContain("overdue by");
  }

  @Test
  void aReviewerFiltersByOwnerAndUnassignedAndAssignsInPlace() throws Exception {
    String key = "brw-assign-" + UUID.randomUUID().toString().substring(0, 8);
    register(
        key,
        files(
            "disk.md", teamRunbook("Disk full", "2025-01-10"),
            "dns.md", teamRunbook("DNS failure", "2025-04-10"),
            "cache.md", runbook("Cache cold", "2025-02-10")));
    String queue = "reviews.xhtml?repo=" + key + "&owner=SRE-team&unassigned=true";
    signInAt(queue, "reviewer");
    assertThat(browser.findElement(By.id("queue-total")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("queue")).getText())
        .contains("Disk full")
        .contains("DNS failure")
        .doesNotContain("Cache cold");

    browser
        .findElement(By.cssSelector("tr:has(a.review-link[href*='disk.md']) input.assign-to"))
        .sendKeys("reviewer2");
    browser
        .findElement(
            By.cssSelector("tr:has(a.review-link[href*='disk.md']) input[id$='assign-button']"))
        .click();

    assertThat(Chromium.awaitText(browser, By.id("messages"), "assigned"))
        .contains("Disk full is assigned to reviewer2.");
    assertThat(browser.getCurrentUrl())
        .as("the filters stay in the address")
        .contains("repo=" + key)
        .contains("owner=SRE-team")
        .contains("unassigned=true");
    assertThat(browser.findElement(By.id("queue-total")).getText()).isEqualTo("1");
    browser.get(base + "reviews.xhtml?repo=" + key);
    assertThat(browser.findElement(By.id("queue")).getText()).contains("reviewer2");

    browser
        .findElement(By.cssSelector("tr:has(a.review-link[href*='dns.md']) input.assign-to"))
        .sendKeys("nobody-here");
    browser
        .findElement(
            By.cssSelector("tr:has(a.review-link[href*='dns.md']) input[id$='assign-button']"))
        .click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "no user"))
        .contains("there is no user nobody-here");

    browser.get(base + "reviews.xhtml?repo=" + key + "&owner=" + "x".repeat(150));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("is not an owner");
    assertThat(browser.findElement(By.id("queue-total")).getText()).isEqualTo("3");
  }

  @Test
  void eachRowNamesItsReasonsAndNothingElse() {
    String key = "brw-why-" + UUID.randomUUID().toString().substring(0, 8);
    String service = "svc-" + key;
    register(
        key,
        files(
            "disk.md",
            runbook("Disk full", "2025-01-10"),
            "cache.md",
            runbook("Cache cold", "2025-02-10") + "\nThe cache of " + service + ".\n"));
    ApiClient.Reply changed =
        api("responder")
            .post(
                "api/v1/changes/infrastructure",
                "{\"service\":\"" + service + "\",\"reference\":\"deploy-1\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    signInAt("reviews.xhtml?all=true&repo=" + key, "reviewer");
    assertThat(reasons("disk.md")).containsExactly("calendar review");
    assertThat(reasons("cache.md")).containsExactly("service change: changed: " + service);
  }

  /** The texts of the items of the row of {@code path} in the queue's "Why" column. */
  private java.util.List<String> reasons(String path) {
    return browser
        .findElements(By.cssSelector("tr:has(a.review-link[href*='" + path + "']) td.reasons li"))
        .stream()
        .map(item -> item.getText().strip())
        .toList();
  }

  @Test
  void aReviewerTurnsNeedsChangeReviewsIntoChangeRequestsLinkedBack() {
    String key = "brw-change-" + UUID.randomUUID().toString().substring(0, 8);
    register(
        key,
        files(
            "restore.md", runbook("Restore", "2025-01-10"),
            "dns.md", runbook("DNS failure", "2025-02-10")));

    // In one step: "needs change" recorded, the change request opened, its page next.
    signInAt("review.xhtml?repo=" + key + "&path=restore.md", "reviewer");
    browser.findElement(By.id("review-form:notes")).sendKeys("- Swap steps 1 and 2.");
    browser.findElement(By.id("review-form:needs-change-open")).click();
    Chromium.awaitUrl(browser, "/change.xhtml");
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Recorded: Restore is needs change.")
        .containsPattern("Opened change request #\\d+ for review #\\d+\\.");
    assertThat(browser.findElement(By.id("change-title")).getText())
        .endsWith("Restore: Swap steps 1 and 2.");
    String change = browser.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
    browser.findElement(By.id("change-source")).click();
    Chromium.awaitText(browser, By.id("review-title"), "Review: Restore");
    assertThat(browser.findElement(By.id("review-history")).getText())
        .contains("needs change · change request #" + change + " draft");
    assertThat(browser.findElements(By.id("change-form:open-change"))).isEmpty();

    // Later, from the review page; a second click, after someone else opened it, finds that one.
    browser.get(base + "review.xhtml?repo=" + key + "&path=dns.md");
    browser.findElement(By.id("review-form:notes")).sendKeys("The TTL is wrong.");
    browser.findElement(By.id("review-form:needs-change")).click();
    Chromium.awaitText(browser, By.tagName("body"), "Recorded: DNS failure is needs change.");
    browser.get(base + "review.xhtml?repo=" + key + "&path=dns.md");
    assertThat(browser.findElement(By.id("review-change-request")).getText())
        .contains("found that the runbook needs change");
    ApiClient responder = api("responder");
    long item = ReviewFixtures.item(responder, key, "dns.md").getJsonNumber("id").longValue();
    long review =
        responder
            .get("api/v1/reviews/" + item + "/history")
            .jsonValue()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    ApiClient.Reply meanwhile =
        responder.post("api/v1/reviews/" + item + "/reviews/" + review + "/change-request", "");
    assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(201);
    long dnsChange = meanwhile.json().getJsonNumber("id").longValue();
    browser.findElement(By.id("change-form:open-change")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "before"))
        .contains(
            "Change request #" + dnsChange + " was opened for review #" + review + " before.");
    assertThat(browser.getCurrentUrl()).contains("id=" + dnsChange);
    assertThat(browser.findElement(By.id("change-title")).getText())
        .endsWith("DNS failure: The TTL is wrong.");
  }

  private void register(String key, java.util.Map<String, ?> files) {
    ReviewFixtures.register(base, key, files);
  }

  /** A runbook owned by a team, not a user: nobody is assigned by default. */
  private static String teamRunbook(String title, String reviewed) {
    return runbook(title, reviewed).replace("owner: reviewer", "owner: sre-team");
  }

  private static String runbook(String title, String reviewed) {
    return ReviewFixtures.runbook(title, reviewed);
  }

  private void screenshot(String name) throws Exception {
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }
}
