package io.hindsight.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium: an admin names the repository and folder for post-mortems and allows direct
 * commits; a reviewer commits a published post-mortem with "Commit to Git" (a change request in
 * review) and then straight to the base branch, which the remote has.
 */
class PostmortemGitBrowserIT extends InChromium {

  @Test
  void anAdminSetsTheFolderAndAReviewerCommitsAPublishedPostmortem() {
    String repo = ChangeFixtures.key("pmweb");
    BareRemote remote = ChangeFixtures.repository(api("admin"), repo);
    String key = PublishedPostmortems.publish(base);

    signInAt("admin/postmortem-git.xhtml", "admin");
    new Select(browser.findElement(By.id("postmortem-git:repository"))).selectByValue(repo);
    browser.findElement(By.id("postmortem-git:folder")).clear();
    browser.findElement(By.id("postmortem-git:folder")).sendKeys("../outside");
    browser.findElement(By.id("postmortem-git:save")).click();
    Chromium.awaitText(browser, By.id("postmortem-git-error"), "no '..'");
    browser.findElement(By.id("postmortem-git:folder")).clear();
    browser.findElement(By.id("postmortem-git:folder")).sendKeys("incidents/postmortems");
    browser.findElement(By.id("postmortem-git:direct")).click();
    browser.findElement(By.id("postmortem-git:save")).click();
    Chromium.awaitText(browser, By.id("postmortem-git-current"), "Post-mortems go to " + repo);
    signOut();

    signInAt("postmortem.xhtml?key=" + key, "reviewer");
    assertThat(browser.findElement(By.id("git")).getText())
        .contains(repo + ", folder incidents/postmortems");
    browser.findElement(By.id("git-form:commit-to-git")).click();
    String path = "incidents/postmortems/" + key.substring(3, 7) + "/" + key + ".md";
    assertThat(Chromium.awaitText(browser, By.id("git-outcome"), "on change request #"))
        .contains(path)
        .contains("in review");
    browser.findElement(By.id("git-change")).click();
    Chromium.awaitUrl(browser, "/change.xhtml?id=");

    browser.navigate().to(base + "postmortem.xhtml?key=" + key);
    browser.findElement(By.id("git-form:commit-direct")).click();
    String outcome = Chromium.awaitText(browser, By.id("git-outcome"), "to the base branch");
    assertThat(outcome).contains("pushed to the remote in a moment");
    assertThat(browser.findElement(By.id("git-push-state")).getText())
        .as("the answer to the commit already shows its queued push")
        .isIn("pending", "pushed", "retrying");
    new FluentWait<>(remote.directory())
        .withTimeout(Duration.ofMinutes(1))
        .pollingEvery(Duration.ofMillis(100))
        .withMessage("the direct commit is pushed from the queue")
        .until(
            dir -> GitCli.bare(dir, "log", "-1", "--format=%an|%cn", "main").contains("Hindsight"));
    assertThat(GitCli.bare(remote.directory(), "log", "-1", "--format=%an|%cn", "main"))
        .matches("[^|]*reviewer[^|]*\\|Hindsight\n");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + path)).contains(key);
    browser.navigate().to(base + "postmortem.xhtml?key=" + key);
    assertThat(browser.findElement(By.id("git-push")).getText())
        .as("the page shows the queued push's state")
        .startsWith("Push of the last direct commit: pushed at ");

    browser.findElement(By.id("git-form:commit-direct")).click();
    Chromium.awaitText(browser, By.id("git-error"), "nothing to commit");
    assertThat(api("admin").delete("api/v1/repositories/" + repo + "/postmortems").status())
        .isEqualTo(204);
  }
}
