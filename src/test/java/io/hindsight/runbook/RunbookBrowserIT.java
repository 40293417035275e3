package io.hindsight.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** In real Chromium: sign in, open a runbook from the sample repository, sign out. */
class RunbookBrowserIT extends InChromium {

  @Test
  void signInOpenARunbookAndSignOut() {
    assertThat(signInAt("runbooks.xhtml", "viewer")).endsWith("/runbooks.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Runbooks");
    assertThat(browser.findElement(By.id("runbook-index")).getText())
        .contains("Node Recovery")
        .contains("AWS Console â†’ CloudWatch");

    browser.findElement(By.linkText("Database Restore")).click();

    assertThat(Chromium.awaitUrl(browser, "path=database-restore.md"))
        .contains("path=database-restore.md");
    assertThat(browser.findElement(By.cssSelector("article.markdown h1")).getText())
        .containsIgnoringCase("Database Restore");
    assertThat(browser.findElements(By.cssSelector("article.markdown pre code.language-bash")))
        .isNotEmpty();
    assertThat(browser.findElement(By.id("runbook-owner")).getText()).isNotBlank();

    assertThat(signOut()).contains("/login.xhtml");
    assertThat(browser.findElement(By.id("signed-out")).getText()).contains("signed out");
    browser.get(base + "runbooks.xhtml");
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
  }
}
