package io.hindsight.review;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In real Chromium, the loop of a "needs change" review: the reviewer marks the runbook, opens a
 * change and edits it; a second reviewer approves and merges; the runbook page shows the new text,
 * the queue no longer lists the runbook and its review history records the change.
 */
class ChangeFromReviewBrowserIT extends InChromium {

  @Test
  void aNeedsChangeReviewIsAnsweredByAMergedChangeMadeInTheBrowser() {
    String key = ReviewFixtures.uniqueKey("rvb");
    String original =
        "---\nowner: reviewer\nlast_reviewed: 2025-03-01\n---\n# Restore\n\n"
            + "## Trigger\n\nThe restore alert fires.\n\n## Impact\n\nOrders stop.\n\n"
            + "## Steps\n\n1. Look.\n\n## Verification\n\nThe orders come back.\n\n"
            + "## Rollback\n\nRestore the previous snapshot.\n\n## Escalation\n\nCall the DBA.\n";
    ReviewFixtures.register(base, key, files("restore.md", original, "dns.md", original));
    ApiClient reviewer = api("reviewer");
    long item = ReviewFixtures.item(reviewer, key, "restore.md").getJsonNumber("id").longValue();
    String queue = "reviews.xhtml?repo=" + key;

    signInAt("review.xhtml?repo=" + key + "&path=restore.md", "reviewer");
    browser.findElement(By.id("review-form:notes")).sendKeys("Say which snapshot to restore.");
    browser.findElement(By.id("review-form:needs-change-open")).click();
    Chromium.awaitUrl(browser, "change.xhtml?id=");
    assertThat(browser.findElement(By.id("change-source-detail")).getText())
        .contains("needs change")
        .contains("Say which snapshot to restore.");
    assertThat(browser.findElement(By.id("change-source")).getAttribute("href"))
        .contains("review.xhtml?repo=" + key);
    String changePage =
        browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("change.xhtml"));

    String edited =
        original.replace("1. Look.\n", "1. Look.\n2. Restore the newest verified snapshot.\n");
    Chromium.pasteInto(browser, browser.findElement(By.id("editor:content")), edited);
    Chromium.awaitText(browser, By.id("editor:preview"), "newest verified snapshot");
    browser.findElement(By.id("editor:save")).click();
    Chromium.awaitText(browser, By.id("side-by-side"), "newest verified snapshot");
    assertThat(
            browser
                .findElement(By.cssSelector("#side-by-side tr.diff-added td.new"))
                .getAttribute("textContent"))
        .as("screen readers hear what changed, not only a colour")
        .contains("added:")
        .contains("2. Restore the newest verified snapshot.");
    assertThat(browser.findElement(By.id("rendered-before")).getText()).contains("Look.");
    browser.findElement(By.id("actions:submit")).click();
    Chromium.awaitText(browser, By.id("change-state"), "in-review");
    browser.get(base + queue);
    assertThat(browser.findElements(By.id("queue-item-" + item)))
        .as("the runbook waits in the queue for its change")
        .hasSize(1);
    signOut();

    signInAt(changePage, "reviewer2");
    browser.findElement(By.id("actions:approve")).click();
    Chromium.awaitText(browser, By.id("change-state"), "approved");
    browser.findElement(By.id("actions:merge")).click();
    Chromium.awaitText(browser, By.id("change-state"), "merged");
    String commit = browser.findElement(By.id("change-merge-commit")).getText();

    browser.get(base + "runbook.xhtml?repo=" + key + "&path=restore.md");
    Chromium.awaitText(browser, By.cssSelector("article.markdown"), "newest verified snapshot");
    browser.get(base + queue);
    Chromium.awaitText(browser, By.id("queue-summary"), "to review");
    assertThat(browser.findElements(By.id("queue-item-" + item)))
        .as("the merged change answered the review: the runbook left the queue")
        .isEmpty();
    JsonObject last =
        reviewer
            .get("api/v1/reviews/" + item + "/history")
            .jsonValue()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(last.getString("outcome")).isEqualTo("changed");
    assertThat(last.getString("commit")).isEqualTo(commit);
    assertThat(last.getString("reviewer")).isEqualTo("reviewer2");
  }
}
