package io.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.InChromium;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium, an admin keeps the escalation chain and the severity policy without the API:
 * adds, edits and removes a contact, saves a new policy version; bad input is refused with nothing
 * stored, and only admins open the pages.
 */
class IncidentAdminBrowserIT extends InChromium {

  @Test
  void anAdminAddsEditsAndRemovesAnEscalationContact() {
    ApiClient admin = ApiClient.signedIn(base, "admin");
    String name = "Manager " + UUID.randomUUID().toString().substring(0, 8);
    signInAt("admin/escalation-contacts.xhtml", "admin");

    fill(name, "ENGINEERING_MANAGER", "not an address", "");
    browser.findElement(By.id("contact:save")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Nothing was saved"))
        .contains("must be an email address");
    assertThat(contactsNamed(admin, name)).isEmpty();

    fill(name, "ENGINEERING_MANAGER", "manager@example.com", "");
    browser.findElement(By.id("contact:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Added " + name);
    assertThat(row(name).findElement(By.cssSelector(".contact-role")).getText())
        .isEqualTo("Engineering manager");

    row(name).findElement(By.cssSelector("input[value='Edit']")).click();
    Chromium.awaitText(browser, By.id("contact-form-title"), "Edit the contact");
    assertThat(browser.findElement(By.id("contact:email")).getAttribute("value"))
        .isEqualTo("manager@example.com");
    fill(name, "CTO", "", "@boss");
    browser.findElement(By.id("contact:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Saved " + name);
    JsonObject stored = contactsNamed(admin, name).get(0);
    assertThat(stored.getString("role")).isEqualTo("CTO");
    assertThat(stored.getString("email", null)).isNull();
    assertThat(stored.getString("chatHandle")).isEqualTo("@boss");

    row(name).findElement(By.cssSelector("input[value='Remove']")).click();
    Chromium.awaitText(browser, By.id("messages"), "Removed " + name);
    assertThat(contactsNamed(admin, name)).isEmpty();
  }

  @Test
  void anAdminSavesANewSeverityPolicyVersionAndABlankNameIsRefused() {
    ApiClient viewer = ApiClient.signedIn(base, "viewer");
    int before = viewer.get("api/v1/severities").json().getInt("version");
    signInAt("admin/severity-policy.xhtml", "admin");
    assertThat(browser.findElement(By.id("policy-version")).getText()).contains("" + before);

    WebElement name = p3("name");
    String kept = name.getAttribute("value");
    name.clear();
    browser.findElement(By.id("policy:save")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Nothing was saved"))
        .contains("name");
    assertThat(viewer.get("api/v1/severities").json().getInt("version")).isEqualTo(before);

    String description = "Low impact, browser edit " + UUID.randomUUID();
    p3("name").sendKeys(kept);
    WebElement text = p3("description");
    text.clear();
    text.sendKeys(description);
    browser.findElement(By.id("policy:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Saved version " + (before + 1));
    JsonObject policy = viewer.get("api/v1/severities").json();
    assertThat(policy.getInt("version")).isEqualTo(before + 1);
    assertThat(policy.getJsonArray("severities").toString()).contains(description);
  }

  @Test
  void onlyAdminsOpenTheAdminPages() {
    BrowserSession responder =
        new BrowserSession(base)
            .signIn("responder", DemoUsers.passwordOf("responder"), "/incidents.xhtml");
    assertThat(responder.get("admin/escalation-contacts.xhtml").statusCode()).isEqualTo(403);
    assertThat(responder.get("admin/severity-policy.xhtml").statusCode()).isEqualTo(403);
  }

  private WebElement p3(String field) {
    return browser.findElement(By.cssSelector("#severity-P3 [id$=':" + field + "']"));
  }

  private void fill(String name, String role, String email, String chat) {
    set("contact:name", name);
    new Select(browser.findElement(By.id("contact:role"))).selectByValue(role);
    set("contact:email", email);
    set("contact:chat", chat);
  }

  private void set(String id, String value) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private WebElement row(String name) {
    return browser.findElements(By.cssSelector("#contact-table tr.contact")).stream()
        .filter(r -> r.findElement(By.cssSelector(".contact-name")).getText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + name));
  }

  private static List<JsonObject> contactsNamed(ApiClient admin, String name) {
    return admin.get("api/v1/escalation-contacts").jsonValue().asJsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("name").equals(name))
        .toList();
  }
}
