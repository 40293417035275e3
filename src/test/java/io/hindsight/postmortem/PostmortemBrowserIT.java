package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import io.hindsight.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium, the journey of the product: a resolved P0 leads to a post-mortem with its
 * timeline and SLA facts, checked for blame, approved by someone else, published, with an action
 * item on its owner's list that shows as overdue when late.
 */
class PostmortemBrowserIT extends InChromium {

  private static final String SUMMARY = "editor:sections:0:text";
  private static final String SUMMARY_CHECK = "editor:sections:0:check";

  @Test
  void fromAResolvedP0ToAPublishedPostmortemWithActionItems() {
    signInAt("incidents.xhtml", "responder");
    String title = "Checkout down " + UUID.randomUUID();
    browser.findElement(By.id("declare:title")).sendKeys(title);
    new Select(browser.findElement(By.id("declare:severity"))).selectByValue("P0");
    browser.findElement(By.id("declare:services")).sendKeys("checkout-api");
    browser.findElement(By.id("declare:started")).clear();
    browser.findElement(By.id("declare:started")).sendKeys("30");
    browser.findElement(By.id("declare:declare-button")).click();
    Chromium.awaitUrl(browser, "/incident.xhtml?key=INC-");
    String incident = browser.findElement(By.id("incident-key")).getText();

    browser.findElement(By.id("entry:text")).sendKeys("Rolled back checkout-api to v12");
    browser.findElement(By.id("entry:add-entry")).click();
    Chromium.awaitText(browser, By.id("timeline"), "Rolled back checkout-api to v12");
    browser.findElement(By.id("steps:resolve")).click();
    browser.findElement(By.id("confirm-resolve:resolve-confirmed")).click();
    Chromium.awaitText(browser, By.id("incident-status"), "resolved");

    assertThat(Chromium.awaitText(browser, By.id("incident-postmortem"), "draft")).contains("due");
    browser.findElement(By.id("postmortem-link")).click();
    Chromium.awaitUrl(browser, "/postmortem.xhtml?key=PM-");
    String key = browser.findElement(By.id("postmortem-key")).getText();
    assertThat(key).isEqualTo("PM-" + incident.substring("INC-".length()));
    assertThat(browser.findElement(By.id("sla-facts")).getText())
        .contains("acknowledge")
        .contains("detect")
        .contains("30 min");
    assertThat(browser.findElement(By.id("timeline-picker")).getText())
        .contains("Rolled back checkout-api to v12");

    WebElement summary = browser.findElement(By.id(SUMMARY));
    summary.sendKeys("The outage was human error during the deploy.");
    assertThat(Chromium.awaitText(browser, By.id(SUMMARY_CHECK), "Try:"))
        .containsIgnoringCase("human error");
    assertThat(Chromium.awaitText(browser, By.id("editor:open-warnings"), "fix or acknowledge"))
        .startsWith("1 open");

    summary = browser.findElement(By.id(SUMMARY));
    summary.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    summary.sendKeys("The pipeline let a config change skip the canary stage.");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id(SUMMARY_CHECK)).getText().contains("Try:"));
    assertThat(browser.findElement(By.id(SUMMARY_CHECK)).getText()).contains("canary stage");
    browser.findElement(By.id("editor:save")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Saved as revision"))
        .contains("Saved");
    assertThat(browser.findElement(By.id("editor:open-warnings")).getText())
        .contains("No open blame warnings");

    String action = "Canary stage required for config changes " + UUID.randomUUID();
    browser.findElement(By.id("item:title")).sendKeys(action);
    new Select(browser.findElement(By.id("item:owner"))).selectByValue("viewer");
    new Select(browser.findElement(By.id("item:priority"))).selectByValue("HIGH");
    browser.findElement(By.id("item:add-item")).click();
    assertThat(Chromium.awaitText(browser, By.id("action-items"), action)).contains("viewer");

    browser
        .findElement(By.xpath("//input[@name='submit:reviewers' and @value='reviewer']"))
        .click();
    browser.findElement(By.id("submit:submit-button")).click();
    Chromium.awaitText(browser, By.id("postmortem-status"), "in review");
    signOut();

    signInAt("postmortem.xhtml?key=" + key, "reviewer");
    browser.findElement(By.id("review:approve")).click();
    Chromium.awaitText(browser, By.id("postmortem-status"), "approved");
    signOut();

    signInAt("postmortem.xhtml?key=" + key, "responder");
    browser.findElement(By.id("publish:publish-button")).click();
    Chromium.awaitText(browser, By.id("postmortem-status"), "published");
    assertThat(browser.findElement(By.id("due-state")).getText()).isEqualTo("done");
    signOut();

    signInAt("action-items.xhtml", "viewer");
    assertThat(browser.findElement(By.id("tab-mine")).getAttribute("class")).contains("active");
    assertThat(browser.findElement(By.id("items")).getText()).contains(action).contains(key);

    ApiClient.Reply items =
        new PostmortemApi(base).as("viewer").get("api/v1/action-items?postmortem=" + key);
    JsonObject item = items.json().getJsonArray("items").getJsonObject(0);
    long id = item.getJsonNumber("id").longValue();
    assertThat(item.getBoolean("overdue")).isFalse();
    assertThat(
            TestDatabase.update(
                "update action_item set due_date = ? where id = ?",
                LocalDate.now().minusDays(3),
                id))
        .isEqualTo(1);

    browser.get(base + "action-items.xhtml?tab=overdue");
    WebElement row = browser.findElement(By.id("item-" + id));
    assertThat(row.getAttribute("class")).contains("overdue");
    assertThat(row.getText()).contains(action).contains("overdue");
    browser.get(base + "index.xhtml");
    assertThat(browser.findElement(By.id("my-action-items")).getText())
        .contains(action)
        .containsPattern("[1-9][0-9]* overdue\\.");
  }
}
