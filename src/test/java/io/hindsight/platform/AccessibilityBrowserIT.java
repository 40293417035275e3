package io.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.Axe;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import java.time.Duration;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core on the main pages, as a responder sees them with data in them: no serious or critical
 * violation on any of them.
 */
class AccessibilityBrowserIT extends InChromium {

  private final Axe axe = Axe.strict();

  @Test
  void theMainPagesHaveNoSeriousOrCriticalViolations() {
    PostmortemApi api = new PostmortemApi(base);
    String incident = api.resolvedIncident("P1", Duration.ofMinutes(5));
    String postmortem = PostmortemApi.postmortemKey(incident);
    SoftAssertions softly = new SoftAssertions();

    signInAt("index.xhtml", "responder");
    check(softly, "home");
    open("incidents.xhtml");
    check(softly, "incidents list");
    open("incident.xhtml?key=" + incident);
    assertThat(browser.findElement(By.id("incident-key")).getText()).isEqualTo(incident);
    check(softly, "incident page");
    open("postmortem.xhtml?key=" + postmortem);
    assertThat(browser.findElements(By.id("editor"))).hasSize(1);
    check(softly, "post-mortem editor");
    open("runbooks.xhtml");
    check(softly, "runbooks list");
    browser.findElement(By.linkText("Database Restore")).click();
    Chromium.awaitUrl(browser, "path=database-restore.md");
    check(softly, "runbook page");
    open("reviews.xhtml");
    check(softly, "review queue");
    open("account.xhtml");
    check(softly, "account page");

    softly.assertAll();
  }

  private void open(String page) {
    browser.get(base + page);
    int query = page.indexOf('?');
    Chromium.awaitUrl(browser, "/" + (query < 0 ? page : page.substring(0, query)));
  }

  private void check(SoftAssertions softly, String page) {
    softly.assertThat(axe.violations(browser)).as("axe violations on the " + page).isEmpty();
  }
}
