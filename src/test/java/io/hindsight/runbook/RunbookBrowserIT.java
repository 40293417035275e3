package io.hindsight.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.Chromium;
import io.hindsight.testing.HindsightDeployment;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** In real Chromium: sign in, open a runbook from the sample repository, sign out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RunbookBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return HindsightDeployment.war();
  }

  @ArquillianResource URL base;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Chromium.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void signInOpenARunbookAndSignOut() {
    browser.get(base + "runbooks.xhtml");
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");

    browser.findElement(By.id("username")).sendKeys("viewer");
    browser.findElement(By.id("password")).sendKeys("hindsight-demo", Keys.ENTER);

    assertThat(Chromium.awaitUrl(browser, "/runbooks.xhtml")).endsWith("/runbooks.xhtml");
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

    browser.findElement(By.id("logout:sign-out")).click();

    assertThat(Chromium.awaitUrl(browser, "/login.xhtml")).contains("/login.xhtml");
    assertThat(browser.findElement(By.id("signed-out")).getText()).contains("signed out");
    browser.get(base + "runbooks.xhtml");
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
  }
}
