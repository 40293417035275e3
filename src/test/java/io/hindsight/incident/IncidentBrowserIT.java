package io.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** In real Chromium: declare a P1, log entries, attach a file, use a runbook, resolve. */
class IncidentBrowserIT extends InChromium {

  @TempDir Path temp;

  @Test
  void declareLogAttachAndResolveAP1() throws Exception {
    assertThat(signInAt("incidents.xhtml", "responder")).endsWith("/incidents.xhtml");

    browser.findElement(By.id("declare:declare-button")).click();
    assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("title");
    assertThat(browser.getCurrentUrl()).endsWith("/incidents.xhtml");

    String title = "Payments failing " + UUID.randomUUID();
    browser.findElement(By.id("declare:title")).sendKeys(title);
    new Select(browser.findElement(By.id("declare:severity"))).selectByValue("P1");
    new Select(browser.findElement(By.id("declare:category"))).selectByValue("OUTAGE");
    browser.findElement(By.id("declare:services")).sendKeys("payments-api, checkout");
    browser.findElement(By.id("declare:started")).clear();
    browser.findElement(By.id("declare:started")).sendKeys("5");
    browser.findElement(By.id("declare:declare-button")).click();

    assertThat(Chromium.awaitUrl(browser, "/incident.xhtml?key=INC-"))
        .contains("/incident.xhtml?key=INC-");
    String key = browser.findElement(By.id("incident-key")).getText();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(title);
    assertThat(browser.findElement(By.id("sla")).getText())
        .contains("60 min")
        .contains("on target");
    assertThat(browser.findElement(By.id("escalation")).getText()).contains("primary on call");

    new Select(browser.findElement(By.id("entry:kind"))).selectByValue("ACTION");
    browser.findElement(By.id("entry:text")).sendKeys("Rolled back payments-api to v41");
    browser.findElement(By.id("entry:add-entry")).click();
    assertThat(Chromium.awaitText(browser, By.id("timeline"), "Rolled back payments-api to v41"))
        .contains("Rolled back payments-api to v41");

    byte[] log =
        ("ERROR card gateway timeout " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(temp.resolve("gateway.log"), log);
    browser.findElement(By.id("upload:file")).sendKeys(file.toString());
    browser.findElement(By.id("upload:attach")).click();
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(log));
    assertThat(Chromium.awaitText(browser, By.id("evidence"), sha256))
        .as(() -> messages())
        .contains("gateway.log")
        .contains(sha256);

    new Select(browser.findElement(By.id("runbook:path")))
        .selectByValue("sample/rollback-procedure.md");
    browser.findElement(By.id("runbook:link")).click();
    assertThat(Chromium.awaitText(browser, By.id("runbooks"), "rollback-procedure.md"))
        .contains("rollback-procedure.md");
    new Select(browser.findElement(By.id("runbook:path")))
        .selectByValue("sample/rollback-procedure.md");
    browser.findElement(By.id("runbook:step")).sendKeys("Step 2");
    browser.findElement(By.id("runbook:note")).sendKeys("Which deployment name?");
    browser.findElement(By.id("runbook:flag")).click();
    assertThat(Chromium.awaitText(browser, By.id("runbooks"), "Which deployment name?"))
        .contains("Which deployment name?")
        .contains("runbook-improvement");

    browser.get(base + "incidents.xhtml");
    assertThat(browser.findElement(By.id("incidents")).getText()).contains(key).contains(title);
    browser.findElement(By.linkText(key)).click();

    browser.findElement(By.id("steps:resolve")).click();
    assertThat(Chromium.awaitText(browser, By.id("incident-status"), "resolved"))
        .isEqualTo("resolved");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Resolved at");

    IncidentApi api = new IncidentApi(base);
    assertThat(api.as("responder").get("api/v1/incidents/" + key).json().getString("status"))
        .isEqualTo("resolved");
    assertThat(api.as("responder").get("api/v1/incidents/" + key + "/evidence").body())
        .contains(sha256);
  }

  private String messages() {
    return browser.findElements(By.cssSelector(".messages")).stream()
        .map(m -> m.getText())
        .reduce("", String::concat);
  }

  @Test
  void theTimelineUpdatesItselfWhileThePageIsOpen() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", "P1", "outage", "Live timeline " + UUID.randomUUID())
            .getString("key");
    assertThat(signInAt("incident.xhtml?key=" + key, "responder"))
        .contains("/incident.xhtml?key=" + key);

    String text = "Rolled back release " + UUID.randomUUID();
    assertThat(
            api.as("responder")
                .post(
                    "api/v1/incidents/" + key + "/timeline",
                    "{\"kind\":\"action\",\"text\":\"" + text + "\"}")
                .status())
        .isEqualTo(201);

    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(40))
        .until(d -> d.findElement(By.id("timeline")).getText().contains(text));
    assertThat(browser.findElement(By.id("live-status")).getText()).startsWith("Updated");
  }
}
