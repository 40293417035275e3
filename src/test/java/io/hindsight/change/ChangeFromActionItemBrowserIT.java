package io.hindsight.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The "done when", in Chromium: an action item "update the database restore runbook" is
 * closed by a change request opened from it on the action item board, edited, approved by a second
 * user and merged; the remote has the branch and the merge, the runbook page shows the new text.
 */
class ChangeFromActionItemBrowserIT extends InChromium {

  @Test
  void aRunbookUpdateActionItemIsDoneWhenTheChangeOpenedFromItMerges() {
    String key = ChangeFixtures.key("chg-item-ui");
    BareRemote remote = ChangeFixtures.repository(api("admin"), key);
    PostmortemApi postmortems = new PostmortemApi(base);
    String postmortem = postmortems.draft("P1");
    ApiClient.Reply created =
        postmortems
            .as("responder")
            .post(
                "api/v1/action-items",
                Json.createObjectBuilder()
                    .add("postmortem", postmortem)
                    .add("title", "Update the database restore runbook")
                    .add("kind", "runbook_update")
                    .add("priority", "high")
                    .add("owner", "responder")
                    .add(
                        "runbook",
                        Json.createObjectBuilder()
                            .add("repository", key)
                            .add("path", ChangeFixtures.PATH))
                    .build()
                    .toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long item = created.json().getJsonNumber("id").longValue();

    signInAt("action-items.xhtml?tab=postmortem&postmortem=" + postmortem, "responder");
    browser.findElement(By.cssSelector("#item-" + item + " input[value='Open a change']")).click();
    Chromium.awaitUrl(browser, "change.xhtml?id=");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .as("the change links back to what asked for it")
        .contains("Update the database restore runbook");
    String edited =
        ChangeFixtures.ORIGINAL.replace(
            "2. Restore the snapshot", "2. Restore the snapshot, then check the row counts");
    Chromium.pasteInto(browser, browser.findElement(By.id("editor:content")), edited);
    browser.findElement(By.id("editor:save")).click();
    Chromium.awaitText(browser, By.id("diff"), "+2. Restore the snapshot, then check the row");
    browser.findElement(By.id("actions:submit")).click();
    Chromium.awaitText(browser, By.id("change-state"), "in-review");
    String changePage =
        browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("change.xhtml"));
    signOut();

    signInAt(changePage, "reviewer");
    browser.findElement(By.id("actions:approve")).click();
    Chromium.awaitText(browser, By.id("change-state"), "approved");
    browser.findElement(By.id("actions:merge")).click();
    Chromium.awaitText(browser, By.id("change-state"), "merged");
    String commit = browser.findElement(By.id("change-merge-commit")).getText();
    long change = Long.parseLong(changePage.substring(changePage.indexOf("id=") + 3));
    Pushes.await(api("reviewer"), change, "pushed");

    var done = api("responder").get("api/v1/action-items/" + item).json();
    assertThat(done.getString("status")).isEqualTo("done");
    browser.get(base + "action-items.xhtml?tab=postmortem&postmortem=" + postmortem);
    assertThat(browser.findElement(By.cssSelector("#item-" + item + " .item-status")).getText())
        .isEqualTo("done");
    assertThat(
            browser.findElements(By.cssSelector("#item-" + item + " input[value='Open a change']")))
        .isEmpty();
    browser.get(base + "runbook.xhtml?repo=" + key + "&path=" + ChangeFixtures.PATH);
    assertThat(browser.findElement(By.cssSelector("article.markdown")).getText())
        .contains("then check the row counts");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(commit + "\n");
    assertThat(GitCli.bare(remote.directory(), "branch", "--list", "runbook-improvement/*"))
        .isNotBlank();
    GitCli.bare(remote.directory(), "fsck", "--strict");
  }
}
