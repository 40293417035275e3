package io.hindsight.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * In real Chromium: open a runbook, propose a change, edit it with live preview, submit; a second
 * reviewer approves and merges; the runbook page shows the new text and the remote has the commit
 * and the tag.
 */
class ChangeBrowserIT extends InChromium {

  @Test
  void proposeEditSubmitApproveMergeAndSeeTheNewText() throws Exception {
    String key = ChangeFixtures.key("chg-ui");
    BareRemote remote = ChangeFixtures.repository(api("admin"), key);
    String runbookPage = "runbook.xhtml?repo=" + key + "&path=" + ChangeFixtures.PATH;

    signInAt(runbookPage, "reviewer");
    browser.findElement(By.id("propose:propose-change")).click();
    Chromium.awaitUrl(browser, "change.xhtml?id=");
    assertThat(browser.findElement(By.id("change-state")).getText()).isEqualTo("draft");

    String edited =
        ChangeFixtures.ORIGINAL.replace(
                "2. Restore the snapshot", "2. Restore the newest verified snapshot")
            + "\n## Verify\n\n<script>window.pwned = 1;</script>\n\nRun the checks.\n";
    Chromium.pasteInto(browser, browser.findElement(By.id("editor:content")), edited);
    Chromium.awaitText(browser, By.id("editor:preview"), "Restore the newest verified snapshot");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
        .isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("#editor\\:preview script"))).isEmpty();
    browser.findElement(By.id("editor:significant")).click();
    browser.findElement(By.id("editor:message")).sendKeys("Lena forgot the snapshot check.");
    browser.findElement(By.id("editor:save")).click();
    Chromium.awaitText(browser, By.id("diff"), "+2. Restore the newest verified snapshot");
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Saved as a commit")
        .contains("A note on your commit message: \"Lena forgot");
    assertThat(browser.findElement(By.cssSelector("#diff .diff-add")).getText()).startsWith("+");
    assertThat(
            browser
                .findElement(By.cssSelector("#side-by-side tr.diff-changed td.new ins"))
                .getText())
        .as("side by side, the changed words are marked")
        .contains("newest");
    assertThat(browser.findElement(By.id("lint-before")).getText()).contains("Before");
    assertThat(browser.findElements(By.id("actions:approve"))).isEmpty();
    browser.findElement(By.id("actions:submit")).click();
    Chromium.awaitText(browser, By.id("change-state"), "in-review");
    String changePage =
        browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("change.xhtml"));
    assertThat(browser.findElements(By.id("actions:merge"))).isEmpty();
    signOut();

    signInAt(changePage, "reviewer2");
    assertThat(browser.findElements(By.id("editor:save"))).isEmpty();
    browser
        .findElement(By.id("actions:comment"))
        .sendKeys("Clearer now. Bob forgot to mention the snapshot age before.");
    browser.findElement(By.id("actions:approve")).click();
    Chromium.awaitText(browser, By.id("change-state"), "approved");
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Approved"))
        .contains("A note on your comment")
        .contains("Ask instead");
    assertThat(browser.findElement(By.id("change-blame-notes")).getText())
        .contains("Comment:")
        .contains("Bob forgot");
    assertThat(browser.findElement(By.id("comments")).getText())
        .as("review times read as a person reads them, not as ISO timestamps")
        .contains("reviewer2 approve")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
    browser.findElement(By.id("actions:merge")).click();
    Chromium.awaitText(browser, By.id("change-state"), "merged");
    String commit = browser.findElement(By.id("change-merge-commit")).getText();
    String tag = browser.findElement(By.id("change-tag")).getText();
    screenshot("change-merged.png");
    String mergedPage = browser.getCurrentUrl();
    new FluentWait<>(remote.directory())
        .withTimeout(Duration.ofMinutes(1))
        .pollingEvery(Duration.ofMillis(100))
        .withMessage("the merge is pushed")
        .until(dir -> GitCli.bare(dir, "rev-parse", "main").equals(commit + "\n"));
    browser.get(mergedPage);
    Chromium.awaitText(browser, By.id("change-push-state"), "pushed");
    assertThat(browser.findElement(By.id("change-push-commit")).getText())
        .isEqualTo(commit.substring(0, 10));

    browser.get(base + runbookPage);
    assertThat(browser.findElement(By.cssSelector("article.markdown")).getText())
        .contains("Restore the newest verified snapshot")
        .contains("Verify");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(commit + "\n");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", tag + "^{commit}"))
        .isEqualTo(commit + "\n");
    GitCli.bare(remote.directory(), "fsck", "--strict");
    browser.get(base + "changes.xhtml?tab=merged");
    assertThat(browser.findElement(By.id("changes")).getText()).contains(key);
  }

  @Test
  void aConflictWithTheBaseShowsBothSidesAndTheAuthorResolvesItBySaving() throws Exception {
    String key = ChangeFixtures.key("chg-conflict-ui");
    BareRemote remote = ChangeFixtures.repository(api("admin"), key);
    String runbook = key + "/" + ChangeFixtures.PATH;
    ApiClient reviewer = api("reviewer");
    long[] first =
        ChangeFixtures.approved(
            api("reviewer2"), reviewer, runbook, "First", line("Restore the first snapshot"));
    long[] second =
        ChangeFixtures.approved(
            api("responder"), reviewer, runbook, "Second", line("Restore the second snapshot"));
    assertThat(ChangeFixtures.merge(reviewer, first).status()).isEqualTo(200);

    signInAt("change.xhtml?id=" + second[0], "responder");
    String conflicts = browser.findElement(By.id("conflicts")).getText();
    assertThat(conflicts)
        .contains("cannot merge yet")
        .contains("2. Restore the first snapshot")
        .contains("2. Restore the second snapshot");
    screenshot("change-conflict.png");

    String resolved = line("Restore the first, then the second snapshot");
    Chromium.pasteInto(browser, browser.findElement(By.id("editor:content")), resolved);
    browser.findElement(By.id("editor:save")).click();
    Chromium.awaitText(browser, By.id("change-state"), "in-review");
    assertThat(browser.findElements(By.id("conflicts"))).isEmpty();
    assertThat(browser.findElement(By.id("diff")).getText())
        .contains("+2. Restore the first, then the second snapshot");
    var detail = api("responder").get("api/v1/change-requests/" + second[0]).json();
    assertThat(detail.getString("after")).isEqualTo(resolved);
    assertThat(detail.getJsonArray("conflicts")).isEmpty();
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "--verify", "main")).isNotBlank();
  }

  private static String line(String step) {
    return ChangeFixtures.ORIGINAL.replace("Restore the snapshot", step);
  }

  private void screenshot(String name) throws Exception {
    Files.write(
        Path.of("target", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
