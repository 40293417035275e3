package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * In real Chromium, an admin edits a user without the API: several roles, deactivation, a password
 * reset that ends the person's tokens and makes them choose a new password; bad input changes
 * nothing.
 */
class UsersAdminBrowserIT extends InChromium {

  private static final String FIRST_PASSWORD = "a-long-password-1";
  private static final String TEMPORARY = "temporary-pass-42";

  @Test
  void anAdminGivesSeveralRolesDeactivatesAndResetsThePassword() {
    ApiClient admin = ApiClient.signedIn(base, "admin");
    String name = "ed" + UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Reply created =
        admin.post(
            "api/v1/users",
            "{\"username\":\""
                + name
                + "\",\"displayName\":\"Eddie\",\"password\":\""
                + FIRST_PASSWORD
                + "\",\"roles\":[\"viewer\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    ApiClient own = ApiClient.signedIn(base, name, FIRST_PASSWORD);
    assertThat(own.get("api/v1/me").status()).isEqualTo(200);

    signInAt("admin/index.xhtml", "admin");
    openEditor(name);
    roleBox("viewer").click();
    browser.findElement(By.id("edit-user:save")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Nothing was saved"))
        .contains("at least one role");
    assertThat(user(admin, name).getJsonArray("roles").toString()).isEqualTo("[\"viewer\"]");

    roleBox("responder").click();
    roleBox("reviewer").click();
    browser.findElement(By.id("edit-user:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Saved " + name);
    assertThat(user(admin, name).getJsonArray("roles").toString())
        .isEqualTo("[\"responder\",\"reviewer\"]");

    openEditor(name);
    browser.findElement(By.id("reset-password:temporary")).sendKeys("short");
    browser.findElement(By.id("reset-password:reset")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "not reset"))
        .contains("12 characters");
    assertThat(own.get("api/v1/me").status()).isEqualTo(200);

    browser.findElement(By.id("reset-password:temporary")).sendKeys(TEMPORARY);
    browser.findElement(By.id("reset-password:reset")).click();
    Chromium.awaitText(browser, By.id("messages"), "Reset the password of " + name);
    assertThat(own.get("api/v1/me").status()).isEqualTo(401);

    openEditor(name);
    browser.findElement(By.id("edit-user:enabled")).click();
    browser.findElement(By.id("edit-user:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Saved " + name);
    assertThat(user(admin, name).getBoolean("enabled")).isFalse();

    openEditor(name);
    browser.findElement(By.id("edit-user:enabled")).click();
    browser.findElement(By.id("edit-user:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Saved " + name);
    signOut();
    browser.get(base + "incidents.xhtml");
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(TEMPORARY, Keys.ENTER);
    assertThat(Chromium.awaitUrl(browser, "/account.xhtml")).contains("/account.xhtml");
  }

  private void openEditor(String name) {
    WebElement row =
        browser.findElements(By.cssSelector("#users tbody tr")).stream()
            .filter(r -> r.findElement(By.tagName("td")).getText().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row for " + name));
    row.findElement(By.cssSelector("input[value='Edit']")).click();
    Chromium.awaitText(browser, By.id("edit-user-title"), "Edit " + name);
  }

  private WebElement roleBox(String role) {
    return browser.findElement(
        By.cssSelector("#edit-user input[type='checkbox'][value='" + role.toUpperCase() + "']"));
  }

  private static JsonObject user(ApiClient admin, String name) {
    return admin.get("api/v1/users/" + name).json();
  }
}
