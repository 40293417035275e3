package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In real Chromium, an admin reorders a template section, makes it required and optional, and
 * removes it; each change is a new template version the API reports.
 */
class TemplateSectionsBrowserIT extends InChromium {

  @Test
  void anAdminMovesRequiresAndRemovesASection() {
    ApiClient viewer = ApiClient.signedIn(base, "viewer");
    String key = "handover-" + Long.toString(System.nanoTime(), 36);
    signInAt("admin/postmortem-template.xhtml", "admin");
    browser.findElement(By.id("add-section:key")).sendKeys(key);
    browser.findElement(By.id("add-section:title")).sendKeys("Handover");
    browser.findElement(By.id("add-section:add")).click();
    Chromium.awaitText(browser, By.id("messages"), "Added the section");
    List<String> before = keys(viewer);
    assertThat(before).endsWith(key);
    int version = template(viewer).getInt("version");

    click(key, "up");
    Chromium.awaitText(browser, By.id("messages"), "Moved the section up");
    List<String> moved = keys(viewer);
    assertThat(moved.get(moved.size() - 2)).isEqualTo(key);
    assertThat(moved).containsExactlyInAnyOrderElementsOf(before);

    click(key, "required");
    Chromium.awaitText(browser, By.id("messages"), "now required");
    assertThat(section(viewer, key).getBoolean("required")).isTrue();
    assertThat(
            browser.findElement(By.cssSelector("#section-" + key + " .section-required")).getText())
        .isEqualTo("required");

    click(key, "optional");
    Chromium.awaitText(browser, By.id("messages"), "now optional");
    assertThat(section(viewer, key).getBoolean("required")).isFalse();

    click(key, "remove");
    Chromium.awaitText(browser, By.id("messages"), "Removed the section");
    assertThat(keys(viewer)).doesNotContain(key).hasSize(before.size() - 1);
    assertThat(template(viewer).getInt("version")).isEqualTo(version + 4);
    assertThat(browser.findElements(By.id("section-" + key))).isEmpty();
  }

  private void click(String key, String action) {
    browser
        .findElement(By.cssSelector("#section-" + key + " input[id$=':" + action + "']"))
        .click();
  }

  private static JsonObject template(ApiClient client) {
    return client.get("api/v1/postmortem-template").json();
  }

  private static JsonObject section(ApiClient client, String key) {
    return template(client).getJsonArray("sections").stream()
        .map(v -> v.asJsonObject())
        .filter(s -> s.getString("key").equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> keys(ApiClient client) {
    return template(client).getJsonArray("sections").stream()
        .map(v -> v.asJsonObject().getString("key"))
        .toList();
  }
}
