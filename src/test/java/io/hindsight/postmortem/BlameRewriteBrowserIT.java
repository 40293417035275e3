package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium: a sentence that blames a person is warned while the author types, the author
 * applies the suggested rewrite with one click, and the warning goes.
 */
class BlameRewriteBrowserIT extends InChromium {

  private static final String SUMMARY = "editor:sections:0:text";
  private static final String SUMMARY_CHECK = "editor:sections:0:check";

  @Test
  void theAuthorAppliesARewriteAndTheWarningGoes() {
    String key = new PostmortemApi(base).draft("P1");
    signInAt("postmortem.xhtml?key=" + key, "responder");

    WebElement summary = browser.findElement(By.id(SUMMARY));
    summary.sendKeys(
        "Checkout was down for 40 minutes. John failed to check the config before the rollout.");
    String check = Chromium.awaitText(browser, By.id(SUMMARY_CHECK), "Apply");
    assertThat(check).contains("John failed to").contains("The config was not checked");
    assertThat(Chromium.awaitText(browser, By.id("editor:open-warnings"), "fix or acknowledge"))
        .startsWith("1 open");

    browser
        .findElement(By.cssSelector("[id='" + SUMMARY_CHECK + "'] button.apply-rewrite"))
        .click();

    assertThat(browser.findElement(By.id(SUMMARY)).getAttribute("value"))
        .startsWith("Checkout was down for 40 minutes. The config was not checked")
        .doesNotContain("John");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id(SUMMARY_CHECK)).getText().contains("Apply"));
    assertThat(Chromium.awaitText(browser, By.id("editor:open-warnings"), "No open blame"))
        .contains("No open blame warnings");
  }
}
