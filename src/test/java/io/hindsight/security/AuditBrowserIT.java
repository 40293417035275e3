package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.InChromium;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium: an admin registers a repository with a token on the repositories page, another
 * change replaces the token over the API, and the audit page, reached from the admin page and
 * filtered by what and which, answers who changed the credential and when, without the secret.
 */
class AuditBrowserIT extends InChromium {

  @Test
  void anAdminFindsWhoChangedARepositorysCredentialAndWhen() {
    String key = "audit-ui-" + UUID.randomUUID().toString().substring(0, 8);
    String firstToken = "ui-token-" + UUID.randomUUID();
    String secondToken = "api-token-" + UUID.randomUUID();

    signInAt("admin/repositories.xhtml", "admin");
    browser.findElement(By.id("new-repository:key")).sendKeys(key);
    browser.findElement(By.id("new-repository:name")).sendKeys("Audited runbooks");
    browser
        .findElement(By.id("new-repository:url"))
        .sendKeys("https://git.example.com/team/" + key + ".git");
    WebElement branch = browser.findElement(By.id("new-repository:branch"));
    branch.clear();
    branch.sendKeys("main");
    browser.findElement(By.id("new-repository:token")).sendKeys(firstToken);
    browser.findElement(By.id("new-repository:register")).click();
    Chromium.awaitText(browser, By.id("repositories"), key);

    ApiClient admin = api("admin");
    long version = FirstSync.await(admin, key).getJsonNumber("version").longValue();
    ApiClient.Reply replaced =
        admin.put(
            "api/v1/repositories/" + key,
            "{\"name\":\"Audited runbooks\",\"url\":\"https://git.example.com/team/"
                + key
                + ".git\",\"branch\":\"main\",\"credential\":{\"kind\":\"token\",\"token\":\""
                + secondToken
                + "\"},\"version\":"
                + version
                + "}");
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);

    browser.get(base + "admin/index.xhtml");
    browser.findElement(By.id("audit-link")).click();
    Chromium.awaitUrl(browser, "/admin/audit.xhtml");
    new Select(browser.findElement(By.id("kind"))).selectByValue("repository");
    browser.findElement(By.id("subject")).sendKeys(key);
    browser.findElement(By.id("show")).click();
    Chromium.awaitText(browser, By.id("audit-count"), "2 changes");

    List<WebElement> rows = browser.findElements(By.cssSelector("#audit tr.audit-entry"));
    assertThat(rows).hasSize(2);
    WebElement newest = rows.get(0);
    assertThat(newest.findElement(By.cssSelector(".action")).getText())
        .isEqualTo("credential-changed");
    assertThat(newest.findElement(By.cssSelector(".actor")).getText()).isEqualTo("admin");
    assertThat(newest.findElement(By.cssSelector(".origin")).getText()).contains("api");
    assertThat(newest.findElement(By.cssSelector("time")).getAttribute("datetime"))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*Z");
    assertThat(newest.findElement(By.cssSelector(".changes")).getText())
        .contains("credential: changed (secret, not recorded)");
    WebElement registered = rows.get(1);
    assertThat(registered.findElement(By.cssSelector(".action")).getText()).isEqualTo("created");
    assertThat(registered.findElement(By.cssSelector(".origin")).getText()).contains("page");
    assertThat(browser.getPageSource()).doesNotContain(firstToken).doesNotContain(secondToken);
    assertThat(browser.findElement(By.id("export-csv")).getAttribute("href"))
        .contains("format=csv")
        .contains("kind=repository")
        .contains("subject=" + key);
  }
}
