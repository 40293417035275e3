package io.hindsight.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In real Chromium: "New runbook" on the catalog; a path with {@code ..}, outside the runbook
 * folder or not Markdown is refused with its reason and opens nothing; a good one opens the editor
 * on the template with every required section, and saving commits the new file.
 */
class NewRunbookBrowserIT extends InChromium {

  @Test
  void aNewRunbookStartsFromTheTemplateAndBadPathsAreRefused() {
    String key = ChangeFixtures.key("chg-newui");
    ChangeFixtures.repository(api("admin"), key);

    signInAt("runbooks.xhtml?repo=" + key, "responder");
    browser.get(base + "runbooks.xhtml?repo=" + key);
    assertThat(browser.findElement(By.id("new-runbook")).getAttribute("href"))
        .endsWith("/new-runbook.xhtml?repo=" + key);
    browser.findElement(By.id("new-runbook")).click();
    Chromium.awaitUrl(browser, "new-runbook.xhtml");
    assertThat(value("new-runbook:path")).isEqualTo("runbooks/");

    refused("runbooks/../secrets.md", "'..'");
    refused("docs/cache.md", "outside the runbook folder runbooks/");
    refused("runbooks/cache.txt", ".md");
    refused(ChangeFixtures.PATH, "already");
    assertThat(
            api("responder").get("api/v1/change-requests?repository=" + key).json().getInt("total"))
        .as("a refused path opens no change request")
        .isZero();

    path().clear();
    path().sendKeys("runbooks/web/cache-flush.md");
    browser.findElement(By.id("new-runbook:title")).sendKeys("Cache flush");
    browser.findElement(By.id("new-runbook:create")).click();
    Chromium.awaitUrl(browser, "change.xhtml?id=");
    String template = value("editor:content");
    assertThat(template)
        .contains("title: \"Cache flush\"")
        .contains("owner: responder")
        .contains("## Trigger")
        .contains("## Impact")
        .contains("## Steps")
        .contains("## Verification")
        .contains("## Rollback")
        .contains("## Escalation");
    assertThat(browser.findElement(By.id("no-diff")).getText()).contains("No change saved yet");

    browser.findElement(By.id("editor:save")).click();
    Chromium.awaitText(browser, By.id("diff"), "+## Escalation");
    assertThat(browser.findElement(By.id("rendered-before-none")).getText())
        .contains("A new runbook");
    assertThat(browser.findElement(By.id("rendered-after")).getText()).contains("Cache flush");
    assertThat(browser.findElement(By.id("change-runbook")).getText())
        .isEqualTo(key + "/runbooks/web/cache-flush.md");
  }

  private void refused(String path, String message) {
    path().clear();
    path().sendKeys(path);
    browser.findElement(By.id("new-runbook:create")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), message)).contains(message);
    assertThat(browser.getCurrentUrl()).contains("new-runbook.xhtml");
  }

  private WebElement path() {
    return browser.findElement(By.id("new-runbook:path"));
  }

  private String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }
}
