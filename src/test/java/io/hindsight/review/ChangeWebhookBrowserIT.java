package io.hindsight.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.crypto.TimestampedSignature;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.InChromium;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium: an admin sets the infrastructure change webhook's secret on its page, sees it
 * once, a pipeline signs a delivery with it; replacing it stops the old one, removing it stops
 * every signed delivery; only admins open the page.
 */
class ChangeWebhookBrowserIT extends InChromium {

  @Test
  void anAdminSetsReplacesAndRemovesTheSecretAndOnlyTheCurrentOneSigns() {
    signInAt("admin/index.xhtml", "admin");
    browser.findElement(By.id("change-webhook-link")).click();
    Chromium.awaitUrl(browser, "/admin/change-webhook.xhtml");
    if (!browser.findElements(By.id("secret:remove")).isEmpty()) {
      browser.findElement(By.id("secret:remove")).click();
      accept();
      Chromium.awaitText(browser, By.id("secret-state"), "No secret is set");
    }

    browser.findElement(By.id("secret:generate")).click();
    String first = Chromium.awaitText(browser, By.id("new-secret"), "");
    assertThat(first).hasSizeGreaterThanOrEqualTo(40);
    assertThat(browser.findElement(By.id("secret-state")).getText()).contains("by admin");
    assertThat(browser.findElement(By.id("new-secret-panel")).getText())
        .contains("X-Hindsight-Signature", "/api/v1/changes/infrastructure");
    assertThat(deliver(first)).isEqualTo(200);

    browser.navigate().refresh();
    Chromium.awaitText(browser, By.id("secret-state"), "Set");
    assertThat(browser.findElements(By.id("new-secret"))).as("shown once only").isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(first);

    browser.findElement(By.id("secret:replace")).click();
    accept();
    Chromium.awaitText(browser, By.id("messages"), "the old one no longer signs");
    String replaced = browser.findElement(By.id("new-secret")).getText();
    assertThat(replaced).isNotEqualTo(first);
    assertThat(deliver(first)).as("the old secret").isEqualTo(401);
    assertThat(deliver(replaced)).isEqualTo(200);

    browser.findElement(By.id("secret:remove")).click();
    accept();
    Chromium.awaitText(browser, By.id("secret-state"), "No secret is set");
    assertThat(browser.findElements(By.id("new-secret"))).isEmpty();
    assertThat(deliver(replaced)).as("no secret: nothing signs").isEqualTo(401);
    assertThat(
            ApiClient.signedIn(base, "admin")
                .get("api/v1/changes/infrastructure/secret")
                .json()
                .getBoolean("secretSet"))
        .isFalse();
  }

  @Test
  void onlyAdminsOpenThePage() {
    BrowserSession reviewer =
        new BrowserSession(base)
            .signIn("reviewer", DemoUsers.passwordOf("reviewer"), "/reviews.xhtml");
    assertThat(reviewer.get("admin/change-webhook.xhtml").statusCode()).isEqualTo(403);
  }

  private void accept() {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
    browser.switchTo().alert().accept();
  }

  /** A signed delivery for a service no runbook names: 200 with nothing flagged, or a refusal. */
  private int deliver(String secret) {
    byte[] body =
        ("{\"service\":\"webhook-page-" + System.nanoTime() + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();
    HttpRequest.Builder request =
        new ApiClient(base)
            .request("api/v1/changes/infrastructure")
            .header("Content-Type", "application/json")
            .header(TimestampedSignature.TIMESTAMP_HEADER, Long.toString(now))
            .header(
                TimestampedSignature.SIGNATURE_HEADER, TimestampedSignature.sign(secret, now, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return new ApiClient(base).raw(request).status();
  }
}
