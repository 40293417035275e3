package io.hindsight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.HookReceiver;
import io.hindsight.testing.SuiteDeployment;
import io.hindsight.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The notification pages: in real Chromium a user sets an address, preferences and a calendar link
 * on the account page, and an admin sets a kind's receivers, sends a test, and retries a dead
 * delivery from the log; over HTTP, every form's bad input is refused with a message and nothing
 * stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationPagesIT {

  private static final String SECRET = "whsec-pages-it-0123456789";
  private static final String KIND = "action_overdue";

  private final URL base = SuiteDeployment.base();

  private WebDriver browser;

  @AfterEach
  void cleanUp() {
    if (browser != null) {
      browser.quit();
    }
    assertThat(admin().put("api/v1/notification-channels/" + KIND, "{}").status()).isEqualTo(200);
  }

  private ApiClient admin() {
    return ApiClient.signedIn(base, "admin");
  }

  private String newUser() {
    String user = "notif" + Long.toString(System.nanoTime(), 36);
    assertThat(
            admin()
                .post(
                    "api/v1/users",
                    "{\"username\":\""
                        + user
                        + "\",\"password\":\"first-password-1\",\"roles\":[\"responder\"]}")
                .status())
        .isEqualTo(201);
    return user;
  }

  private void signIn(String page, String user, String password) {
    browser = Chromium.start();
    browser.get(base + page);
    Chromium.awaitUrl(browser, "/login.xhtml");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
    Chromium.awaitUrl(browser, "/" + page);
  }

  private String messages() {
    return browser.findElement(By.id("messages")).getText();
  }

  private void screenshot(String name) throws Exception {
    Path file = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aUserSetsAnAddressPreferencesAndACalendarLinkOnTheAccountPage() throws Exception {
    String user = newUser();
    signIn("account.xhtml", user, "first-password-1");
    String email = user + "@example.com";

    browser.findElement(By.id("email:address")).sendKeys(email);
    browser.findElement(By.id("email:save-email")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "emailed to")).contains(email);

    new Select(browser.findElement(By.cssSelector("select[data-kind='postmortem_overdue']")))
        .selectByValue("off");
    Select actionChat =
        new Select(browser.findElement(By.cssSelector("select[data-chat-kind='action_overdue']")));
    assertThat(actionChat.getOptions().stream().map(o -> o.getAttribute("value")))
        .as("a digest is an email: chat offers immediately or off")
        .containsExactly("immediately", "off");
    actionChat.selectByValue("off");
    browser.findElement(By.id("preferences:save-preferences")).click();
    assertThat(Chromium.awaitText(browser, By.id("messages"), "preferences are saved"))
        .isNotEmpty();
    assertThat(
            new Select(
                    browser.findElement(By.cssSelector("select[data-kind='postmortem_overdue']")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("off");
    assertThat(
            new Select(
                    browser.findElement(By.cssSelector("select[data-chat-kind='action_overdue']")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("off");
    assertThat(browser.findElement(By.id("preference-table")).getText())
        .contains("Escalations")
        .contains("Always");

    browser.findElement(By.id("calendar:renew")).click();
    String first = Chromium.awaitNewValue(browser, By.id("calendar-url"), "");
    assertThat(first).contains("/api/v1/calendar/").endsWith(".ics");
    assertThat(Chromium.awaitText(browser, By.id("calendar-state"), "Active since")).isNotEmpty();
    screenshot("account-notifications");

    ApiClient api =
        new ApiClient(base).bearer(ApiClient.issueToken(base, user, "first-password-1"));
    assertThat(api.get("api/v1/me").json().getString("email")).isEqualTo(email);
    JsonObject chosen = api.get("api/v1/me/notification-preferences").json();
    assertThat(chosen.getJsonObject("postmortem_overdue").getString("email")).isEqualTo("off");
    assertThat(chosen.getJsonObject("postmortem_overdue").getString("chat"))
        .isEqualTo("immediately");
    assertThat(chosen.getJsonObject("action_overdue").getString("email")).isEqualTo("immediately");
    assertThat(chosen.getJsonObject("action_overdue").getString("chat")).isEqualTo("off");
    HttpResponse<String> feed = fetch(first);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");

    browser.findElement(By.id("calendar:renew")).click();
    String second = Chromium.awaitNewValue(browser, By.id("calendar-url"), first);
    assertThat(fetch(first).statusCode()).isEqualTo(404);
    assertThat(fetch(second).statusCode()).isEqualTo(200);

    browser.findElement(By.id("calendar:revoke")).click();
    assertThat(Chromium.awaitText(browser, By.id("calendar-state"), "No calendar link"))
        .isNotEmpty();
    assertThat(fetch(second).statusCode()).isEqualTo(404);
  }

  @Test
  void anAdminSetsReceiversSendsATestAndRetriesADeadDeliveryFromTheLog() throws Exception {
    try (HookReceiver receiver = new HookReceiver()) {
      signIn("admin/index.xhtml", "admin", DemoUsers.ADMIN_PASSWORD);
      browser.findElement(By.id("channels-link")).click();
      Chromium.awaitUrl(browser, "/admin/channels.xhtml");

      new Select(browser.findElement(By.id("receivers:kind"))).selectByValue(KIND);
      browser.findElement(By.id("receivers:chat-url")).sendKeys(receiver.url("/chat"));
      browser.findElement(By.id("receivers:webhook-url")).sendKeys(receiver.url("/hook"));
      browser.findElement(By.id("receivers:webhook-secret")).sendKeys(SECRET);
      browser.findElement(By.id("receivers:save")).click();
      assertThat(Chromium.awaitText(browser, By.id("messages"), "are saved")).isNotEmpty();
      String row = browser.findElement(By.id("channel-" + KIND)).getText();
      assertThat(row)
          .contains(receiver.url("/chat"))
          .contains(receiver.url("/hook"))
          .contains("set");
      assertThat(browser.getPageSource()).doesNotContain(SECRET);

      browser.findElement(By.cssSelector("#channel-" + KIND + " input[value='Send test']")).click();
      assertThat(Chromium.awaitText(browser, By.id("messages"), "queued")).isNotEmpty();
      ScheduledNotices.drain(admin());
      browser.findElement(By.id("tests:refresh")).click();
      Chromium.awaitText(browser, By.id("test-table"), "sent");
      assertThat(browser.findElement(By.id("test-table")).getText())
          .doesNotContain("queued")
          .doesNotContain("failed");
      screenshot("channels-test-sent");
      List<HookReceiver.Received> hooks =
          receiver.received().stream().filter(r -> r.path().equals("/hook")).toList();
      assertThat(hooks).hasSize(1);
      HookReceiver.Received hook = hooks.get(0);
      assertThat(
              WebhookSignature.matches(
                  SECRET,
                  (hook.header("X-Hindsight-Timestamp") + "." + hook.body())
                      .getBytes(StandardCharsets.UTF_8),
                  hook.header("X-Hindsight-Signature")))
          .isTrue();
      assertThat(hook.body()).contains("\"kind\":\"channel_test\"");
      assertThat(receiver.received().stream().filter(r -> r.path().equals("/chat")))
          .singleElement()
          .satisfies(r -> assertThat(r.body()).contains("Hindsight test message for " + KIND));

      receiver.answer(500);
      String deadSoFar = "api/v1/notifications?kind=channel_test&state=dead&recipient=";
      int deadBefore =
          admin().get(deadSoFar + "chat").json().getInt("total")
              + admin().get(deadSoFar + "webhook").json().getInt("total");
      browser.findElement(By.cssSelector("#channel-" + KIND + " input[value='Send test']")).click();
      ScheduledNotices.drain(admin());
      // Until both are dead: the timer's own ticks may take some of the attempts meanwhile.
      String dead = "api/v1/notifications?kind=channel_test&state=dead&recipient=";
      for (int round = 0;
          round < 6
              && admin().get(dead + "chat").json().getInt("total")
                      + admin().get(dead + "webhook").json().getInt("total")
                  < 2 + deadBefore;
          round++) {
        TestDatabase.update(
            "update notification_message set next_attempt_at = ? where kind = 'CHANNEL_TEST'"
                + " and state = 'FAILED'",
            Timestamp.from(Instant.now().minusSeconds(1)));
        ScheduledNotices.drain(admin());
      }

      browser.get(base + "admin/index.xhtml");
      browser.findElement(By.id("deliveries-link")).click();
      Chromium.awaitUrl(browser, "/admin/deliveries.xhtml");
      new Select(browser.findElement(By.id("state"))).selectByValue("dead");
      new Select(browser.findElement(By.id("kind"))).selectByValue("channel_test");
      browser.findElement(By.id("show")).click();
      Chromium.awaitUrl(browser, "state=dead");
      String log = browser.findElement(By.id("deliveries")).getText();
      assertThat(log).contains("HTTP 500").contains("dead");
      screenshot("deliveries-dead");
      List<org.openqa.selenium.WebElement> retry =
          browser.findElements(By.cssSelector("#deliveries input[value='Retry now']"));
      assertThat(retry).hasSizeGreaterThanOrEqualTo(2);

      receiver.answer(200);
      int before = receiver.received().size();
      retry.get(0).click();
      assertThat(Chromium.awaitText(browser, By.id("messages"), "queued again")).isNotEmpty();
      ScheduledNotices.drain(admin());
      assertThat(receiver.received()).hasSize(before + 1);
      String remaining = browser.findElement(By.id("deliveries")).getText();
      browser.findElement(By.cssSelector("#deliveries input[value='Discard']")).click();
      assertThat(Chromium.awaitText(browser, By.id("messages"), "discarded"))
          .as(remaining)
          .contains("is discarded");
      browser.get(base + "admin/deliveries.xhtml?kind=channel_test&state=discarded");
      assertThat(browser.findElement(By.id("deliveries")).getText()).contains("discarded");
      browser.get(base + "admin/deliveries.xhtml?kind=channel_test&state=sent");
      assertThat(browser.findElement(By.id("delivery-count")).getText()).doesNotStartWith("0 ");
    }
  }

  /** The feed at the address the page showed, on the test server (its public URL is another). */
  private HttpResponse<String> fetch(String shown) throws Exception {
    String url = base + shown.substring(shown.indexOf("api/v1/calendar/"));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static final Pattern SELECT_OF =
      Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*data-kind=\"postmortem_due\"");
  private static final Pattern CHAT_SELECT_OF =
      Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*data-chat-kind=\"postmortem_due\"");

  @Test
  void badAccountInputShowsAMessageAndStoresNothing() {
    String user = newUser();
    BrowserSession session =
        new BrowserSession(base).signIn(user, "first-password-1", "/account.xhtml");
    ApiClient api =
        new ApiClient(base).bearer(ApiClient.issueToken(base, user, "first-password-1"));
    for (String bad :
        new String[] {"not-an-address", "a@b@example.com", "Jane <jane@example.com>", "x@y"}) {
      HttpResponse<String> page =
          session.submit(
              "account.xhtml",
              "email",
              Map.of("email:address", bad, "email:save-email", "Save email"));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).as(bad).contains("must be an email address");
      assertThat(api.get("api/v1/me").json().containsKey("email")).isFalse();
    }

    String html = session.get("account.xhtml").body();
    Matcher select = SELECT_OF.matcher(html);
    assertThat(select.find()).as(html).isTrue();
    HttpResponse<String> forged =
        session.postForm(
            "account.xhtml",
            html,
            "preferences",
            Map.of(select.group(1), "daily", "preferences:save-preferences", "Save preferences"));
    assertThat(forged.statusCode()).isEqualTo(200);
    assertThat(forged.body()).contains("Post-mortem due").doesNotContain("preferences are saved");
    assertThat(
            api.get("api/v1/me/notification-preferences")
                .json()
                .getJsonObject("postmortem_due")
                .getString("email"))
        .isEqualTo("immediately");

    Matcher chat = CHAT_SELECT_OF.matcher(html);
    assertThat(chat.find()).as(html).isTrue();
    HttpResponse<String> digestChat =
        session.postForm(
            "account.xhtml",
            html,
            "preferences",
            Map.of(chat.group(1), "digest", "preferences:save-preferences", "Save preferences"));
    assertThat(digestChat.statusCode()).isEqualTo(200);
    assertThat(digestChat.body())
        .contains("Post-mortem due (chat)")
        .doesNotContain("preferences are saved");
    assertThat(
            api.get("api/v1/me/notification-preferences")
                .json()
                .getJsonObject("postmortem_due")
                .getString("chat"))
        .isEqualTo("immediately");
  }

  @Test
  void badChannelInputShowsAMessageAndStoresNothing() {
    BrowserSession session =
        new BrowserSession(base).signIn("admin", DemoUsers.ADMIN_PASSWORD, "/admin/channels.xhtml");
    String[][] cases = {
      {"", "https://chat.example.com/x", "", "", "Choose the kind"},
      {KIND, "file:///etc/passwd", "", "", "chatUrl"},
      {KIND, base + "api/v1/incidents", "", "", "itself"},
      {KIND, "", "https://hooks.example.com/x", "", "webhookSecret"},
      {KIND, "", "https://hooks.example.com/x", "short", "16 to 200"},
      {
        "carrier_pigeon",
        "https://chat.example.com/x",
        "",
        "",
        "Kind: choose one of the values the list offers."
      },
    };
    for (String[] c : cases) {
      HttpResponse<String> page =
          session.submit(
              "admin/channels.xhtml",
              "receivers",
              Map.of(
                  "receivers:kind", c[0],
                  "receivers:chat-url", c[1],
                  "receivers:webhook-url", c[2],
                  "receivers:webhook-secret", c[3],
                  "receivers:save", "Save receivers"));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).as(String.join(" | ", c)).contains(c[4]).doesNotContain("are saved");
    }
    String stored = admin().get("api/v1/notification-channels/" + KIND).body();
    assertThat(stored).doesNotContain("chatUrl").doesNotContain("webhookUrl");

    assertThat(admin().put("api/v1/me/email", "{\"email\":\"\"}").status()).isEqualTo(200);
    String html = session.get("admin/channels.xhtml").body();
    Matcher test =
        Pattern.compile(
                "id=\"channel-" + KIND + "\".*?name=\"([^\"]+)\" value=\"Send test\"",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(test.find()).isTrue();
    HttpResponse<String> nothing =
        session.postForm(
            "admin/channels.xhtml", html, "channels", Map.of(test.group(1), "Send test"));
    assertThat(nothing.body()).contains("Nothing to test");
    assertThat(admin().post("api/v1/notification-channels/" + KIND + "/test", "").status())
        .isEqualTo(409);
  }

  @Test
  void badDeliveryLogFiltersShowAMessageAndNoRows() {
    BrowserSession session =
        new BrowserSession(base)
            .signIn("admin", DemoUsers.ADMIN_PASSWORD, "/admin/deliveries.xhtml");
    Map<String, String> cases =
        Map.of(
            "state=lost",
            "There is no state",
            "kind=nope",
            "There is no kind",
            "page=abc",
            "page must be a number",
            "page=0",
            "page must be a number",
            "recipient=" + "x".repeat(400),
            "at most 320");
    cases.forEach(
        (query, message) -> {
          HttpResponse<String> page = session.get("admin/deliveries.xhtml?" + query);
          assertThat(page.statusCode()).as(query).isEqualTo(200);
          assertThat(page.body()).as(query).contains(message).contains("id=\"no-deliveries\"");
        });
    BrowserSession responder =
        new BrowserSession(base)
            .signIn("responder", DemoUsers.passwordOf("responder"), "/incidents.xhtml");
    assertThat(responder.get("admin/deliveries.xhtml").statusCode()).isEqualTo(403);
    assertThat(responder.get("admin/channels.xhtml").statusCode()).isEqualTo(403);
  }
}
