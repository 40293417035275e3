package io.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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
    assertThat(browser.findElement(By.id("sla")).getText()).contains("1 h").contains("On target");
    assertThat(browser.findElement(By.id("steps:acknowledge")).getAttribute("class"))
        .as("the next step is the primary button")
        .contains("primary");
    assertThat(browser.findElement(By.id("steps:resolve")).getAttribute("class"))
        .doesNotContain("primary");
    assertThat(browser.findElement(By.id("escalation")).getText()).contains("primary on call");

    new Select(browser.findElement(By.id("entry:kind"))).selectByValue("ACTION");
    browser.findElement(By.id("entry:text")).sendKeys("Rolled back payments-api to v41");
    browser.findElement(By.id("entry:add-entry")).click();
    assertThat(Chromium.awaitText(browser, By.id("timeline"), "Rolled back payments-api to v41"))
        .contains("Rolled back payments-api to v41");
    assertThat(browser.getCurrentUrl())
        .as("a postback keeps the incident's address")
        .contains("key=" + key);

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

    browser.findElement(By.id("runbook:link")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "choose a runbook"))
        .as("no runbook is chosen for you")
        .contains("choose a runbook");
    assertThat(browser.findElement(By.id("runbooks")).getText()).doesNotContain("Used runbook");
    pickRunbook("rollback", "sample/rollback-procedure.md");
    browser.findElement(By.id("runbook:link")).click();
    assertThat(Chromium.awaitText(browser, By.id("runbooks"), "rollback-procedure.md"))
        .contains("rollback-procedure.md");
    pickRunbook("ROLLBACK proc", "sample/rollback-procedure.md");
    browser.findElement(By.id("runbook:step")).sendKeys("Step 2");
    browser.findElement(By.id("runbook:note")).sendKeys("Which deployment name?");
    browser.findElement(By.id("runbook:flag")).click();
    assertThat(Chromium.awaitText(browser, By.id("runbooks"), "Which deployment name?"))
        .contains("Which deployment name?")
        .contains("runbook-improvement");
    assertThat(browser.getCurrentUrl()).contains("key=" + key);

    browser.get(base + "incidents.xhtml");
    assertThat(browser.findElement(By.id("incidents")).getText()).contains(key).contains(title);
    browser.findElement(By.linkText(key)).click();

    browser.findElement(By.id("steps:resolve")).click();
    assertThat(browser.findElement(By.id("incident-status")).getText())
        .as("resolving asks first")
        .isEqualTo("declared");
    assertThat(browser.findElement(By.id("confirm-resolve")).getText())
        .contains("Resolve " + key + "?");
    browser.findElement(By.id("confirm-resolve:resolve-confirmed")).click();
    assertThat(Chromium.awaitText(browser, By.id("incident-status"), "resolved"))
        .isEqualTo("resolved");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Resolved at");

    IncidentApi api = new IncidentApi(base);
    assertThat(api.as("responder").get("api/v1/incidents/" + key).json().getString("status"))
        .isEqualTo("resolved");
    assertThat(api.as("responder").get("api/v1/incidents/" + key + "/evidence").body())
        .contains(sha256);
  }

  /** Types into the runbook picker and picks the runbook it offers at {@code ref}. */
  private void pickRunbook(String typed, String ref) {
    var field = browser.findElement(By.id("runbook:path"));
    field.clear();
    field.sendKeys(typed);
    By option = By.cssSelector("#runbook-results [data-ref='" + ref + "']");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(option).isEmpty());
    browser.findElement(option).click();
    assertThat(field.getAttribute("value")).isEqualTo(ref);
  }

  private String messages() {
    return browser.findElements(By.cssSelector(".messages")).stream()
        .map(m -> m.getText())
        .reduce("", String::concat);
  }

  @Test
  void theTimelineKeepsUpdatingAfterActionsAndAReload() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", "P1", "outage", "Live timeline " + UUID.randomUUID())
            .getString("key");
    assertThat(signInAt("incident.xhtml?key=" + key, "responder"))
        .contains("/incident.xhtml?key=" + key);

    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript("window.sameRoom = 'still here';");
    browser.findElement(By.id("steps:acknowledge")).click();
    assertThat(Chromium.awaitText(browser, By.id("incident-status"), "acknowledged"))
        .isEqualTo("acknowledged");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> d.findElement(By.id("steps:mitigate")).getAttribute("class").contains("primary"));
    browser.findElement(By.id("entry:text")).sendKeys("Failed over to the replica");
    browser.findElement(By.id("entry:add-entry")).click();
    Chromium.awaitText(browser, By.id("timeline"), "Failed over to the replica");
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Entry added.")).isNotEmpty();
    browser.findElement(By.id("link:url")).sendKeys("https://grafana.example/d/payments");
    browser.findElement(By.id("link:title")).sendKeys("Payments dashboard");
    browser.findElement(By.id("link:add-link")).click();
    Chromium.awaitText(browser, By.id("evidence-links"), "Payments dashboard");
    assertThat(browser.getCurrentUrl()).contains("/incident.xhtml?key=" + key);
    assertThat(script.executeScript("return window.sameRoom;"))
        .as("three actions without a full-page reload")
        .isEqualTo("still here");
    assertThat(browser.findElement(By.id("entry:text")).getAttribute("value"))
        .as("the entry form is emptied after the entry is added")
        .isEmpty();

    browser.navigate().refresh();
    assertThat(browser.findElement(By.id("incident-key")).getText()).isEqualTo(key);

    String text = "Rolled back release " + UUID.randomUUID();
    assertThat(
            api.as("responder")
                .post(
                    "api/v1/incidents/" + key + "/timeline",
                    "{\"kind\":\"action\",\"text\":\"" + text + "\"}")
                .status())
        .isEqualTo(201);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("timeline")).getText().contains(text));
    assertThat(browser.findElement(By.id("live-status")).getText()).startsWith("Updated");

    assertThat(api.as("responder").post("api/v1/incidents/" + key + "/mitigate", "{}").status())
        .isLessThan(300);
    assertThat(Chromium.awaitText(browser, By.id("incident-status"), "mitigated"))
        .as("the status follows without a reload")
        .isEqualTo("mitigated");
    assertThat(browser.findElements(By.cssSelector("#timeline li")))
        .as("each entry once")
        .filteredOn(li -> li.getText().contains(text))
        .hasSize(1);
  }
}
