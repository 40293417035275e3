package io.hindsight.runbook.web;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.InChromium;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In real Chromium, an admin edits a registered repository, gets a new webhook secret shown once in
 * its own panel, and removes the repository after confirming; a bad edit changes nothing.
 */
class RepositoryChangesBrowserIT extends InChromium {

  @Test
  void anAdminEditsRotatesAndRemovesARepository() {
    String key = "edit-" + UUID.randomUUID().toString().substring(0, 8);
    BareRemote remote =
        BareRemote.create(TestServer.dataDir().resolve("remotes").resolve(key + ".git"), "main");
    remote.commit("Ana Lima", "Runbook", files("ops/disk.md", "# Disk full"));
    ApiClient admin = ApiClient.signedIn(base, "admin");
    ApiClient.Reply registered =
        admin.post(
            "api/v1/repositories",
            Json.createObjectBuilder()
                .add("key", key)
                .add("name", "Edit me")
                .add("url", remote.url())
                .add("branch", "main")
                .build()
                .toString());
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    FirstSync.await(admin, key);

    signInAt("admin/repositories.xhtml", "admin");
    rowButton(key, "Edit").click();
    Chromium.awaitText(browser, By.id("edit-repository-title"), "Edit " + key);
    set("edit-repository:branch", "");
    browser.findElement(By.id("edit-repository:save")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Nothing was saved"))
        .contains("branch");
    assertThat(admin.get("api/v1/repositories/" + key).json().getString("branch"))
        .isEqualTo("main");

    set("edit-repository:branch", "main");
    set("edit-repository:name", "Edited on the page");
    set("edit-repository:folder", "ops");
    browser.findElement(By.id("edit-repository:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Saved " + key);
    JsonObject edited = admin.get("api/v1/repositories/" + key).json();
    assertThat(edited.getString("name")).isEqualTo("Edited on the page");
    assertThat(edited.getString("folder")).isEqualTo("ops");

    rowButton(key, "New webhook secret").click();
    String first =
        Chromium.awaitText(browser, By.id("new-webhook-secret-panel"), "Webhook secret of " + key);
    assertThat(first).contains("The old secret no longer works.");
    String secret = browser.findElement(By.id("new-webhook-secret")).getText();
    assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
    assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain(secret);

    rowButton(key, "Remove…").click();
    Chromium.awaitText(browser, By.id("confirm-remove-title"), "Remove " + key + "?");
    assertThat(admin.get("api/v1/repositories/" + key).status()).isEqualTo(200);
    browser.findElement(By.id("confirm-remove:remove-confirmed")).click();
    Chromium.awaitText(browser, By.id("messages"), "Removed " + key);
    assertThat(admin.get("api/v1/repositories/" + key).status()).isEqualTo(404);
    assertThat(browser.findElement(By.id("repositories")).getText()).doesNotContain(key);
  }

  private WebElement rowButton(String key, String label) {
    return browser.findElements(By.cssSelector("#repositories tbody tr")).stream()
        .filter(row -> row.findElement(By.tagName("td")).getText().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + key))
        .findElement(By.cssSelector("input[value='" + label + "']"));
  }

  private void set(String id, String value) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }
}
