package io.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The incident room over HTTP: the page's weight, the live timeline's endpoint, the runbook picker
 * and the resolve confirmation, with their bad input.
 */
class IncidentRoomIT extends OverHttp {

  private static final int PAGE_BUDGET_BYTES = 60 * 1024;
  private static final Pattern AFTER = Pattern.compile("data-after=\"([0-9]+)\"");

  @Test
  void aLongIncidentPageStaysWithinItsBudgetAndTheLiveTimelineSendsOnlyNewEntries() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", "P1", "outage", "Heavy " + UUID.randomUUID()).getString("key");
    for (int i = 0; i < 150; i++) {
      assertThat(
              api.as("responder")
                  .post(
                      "api/v1/incidents/" + key + "/timeline",
                      "{\"kind\":\"observation\",\"text\":\"Error rate at "
                          + i
                          + " % on payments-api after the failover to the replica\"}")
                  .status())
          .isEqualTo(201);
    }
    BrowserSession browser = signIn("responder");
    HttpResponse<String> page = browser.get("incident.xhtml?key=" + key);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body().getBytes(StandardCharsets.UTF_8).length)
        .as("the incident page's weight")
        .isLessThanOrEqualTo(PAGE_BUDGET_BYTES);
    assertThat(page.body())
        .containsPattern("Showing the latest 100 of 15[0-9] entries")
        .contains("· services: checkout-api</p>")
        .doesNotContain("<option value=\"sample/");
    assertThat(browser.get("incident.xhtml?key=" + key + "&all=true").body())
        .contains("Error rate at 0 %");

    Matcher after = AFTER.matcher(page.body());
    assertThat(after.find()).isTrue();
    HttpResponse<String> nothingNew =
        browser.get("incident-live?key=" + key + "&after=" + after.group(1));
    assertThat(nothingNew.statusCode()).isEqualTo(200);
    assertThat(nothingNew.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(json(nothingNew.body()).getJsonArray("entries")).isEmpty();
    assertThat(nothingNew.body().length()).isLessThan(200);

    api.as("responder")
        .post(
            "api/v1/incidents/" + key + "/timeline",
            "{\"kind\":\"action\",\"text\":\"<script>alert(1)</script> restarted\"}");
    JsonObject live =
        json(browser.get("incident-live?key=" + key + "&after=" + after.group(1)).body());
    JsonArray entries = live.getJsonArray("entries");
    assertThat(entries).hasSize(1);
    assertThat(entries.getJsonObject(0).getString("text"))
        .isEqualTo("<script>alert(1)</script> restarted");
    assertThat(entries.getJsonObject(0).getString("author")).isEqualTo("responder");
    assertThat(live.getInt("count")).isGreaterThan(150);
  }

  @Test
  void theLiveEndpointRefusesBadInputAndHidesWhatTheCallerMayNotSee() {
    IncidentApi api = new IncidentApi(base);
    String restricted =
        api.declare("responder", "P2", "security", "Hidden " + UUID.randomUUID()).getString("key");
    BrowserSession viewer = signIn("viewer");
    assertThat(viewer.get("incident-live").statusCode()).isEqualTo(400);
    assertThat(viewer.get("incident-live?key=INC-2026-0001&after=x").statusCode()).isEqualTo(400);
    assertThat(viewer.get("incident-live?key=nonsense&after=0").statusCode()).isEqualTo(400);
    assertThat(viewer.get("incident-live?key=INC-1999-9999&after=0").statusCode()).isEqualTo(404);
    assertThat(viewer.get("incident-live?key=" + restricted + "&after=0").statusCode())
        .isEqualTo(404);
    assertThat(signIn("responder").get("incident-live?key=" + restricted + "&after=0").statusCode())
        .isEqualTo(200);
  }

  @Test
  void thePickerFindsRunbooksByTypedLettersAndRefusesBadInput() {
    BrowserSession viewer = signIn("viewer");
    JsonArray picks =
        Json.createReader(new StringReader(viewer.get("runbook-pick?q=ROLLback-PROC").body()))
            .readArray();
    assertThat(picks).isNotEmpty();
    assertThat(picks.getJsonObject(0).getString("ref")).isEqualTo("sample/rollback-procedure.md");
    assertThat(viewer.get("runbook-pick?q=50%25_off").body()).isEqualTo("[]");
    assertThat(viewer.get("runbook-pick").statusCode()).isEqualTo(400);
    assertThat(viewer.get("runbook-pick?q=" + "x".repeat(201)).statusCode()).isEqualTo(400);
    assertThat(viewer.get("runbook-pick?q=a%01b").statusCode()).isEqualTo(400);
  }

  @Test
  void runbookFormsRefuseWhatIsNotAChosenRunbookAndStoreNothing() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", "P2", "degradation", "Picker " + UUID.randomUUID())
            .getString("key");
    BrowserSession browser = signIn("responder");
    for (String typed :
        new String[] {
          "", "rollback", "sample/../etc/passwd", "nowhere/x.md", "sample/missing.md"
        }) {
      HttpResponse<String> refused =
          browser.submit(
              "incident.xhtml?key=" + key,
              "runbook",
              Map.of(
                  "runbook:path",
                  typed,
                  "runbook:step",
                  "Step 1",
                  "runbook:problem",
                  "UNCLEAR",
                  "runbook:flag",
                  "Flag the step"));
      assertThat(refused.statusCode()).as(typed).isEqualTo(200);
      assertThat(refused.body()).as(typed).containsPattern("choose a runbook|there is no runbook");
      assertThat(refused.body())
          .as("the address keeps the incident")
          .contains("action=\"/incident.xhtml?key=" + key);
    }
    assertThat(api.as("responder").get("api/v1/incidents/" + key + "/feedback").body())
        .isEqualTo("[]");
    assertThat(api.as("responder").get("api/v1/incidents/" + key + "/runbooks").body())
        .isEqualTo("[]");
  }

  @Test
  void resolvingAsksForConfirmationFirst() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", "P2", "degradation", "Confirm " + UUID.randomUUID())
            .getString("key");
    BrowserSession browser = signIn("responder");
    String page = browser.get("incident.xhtml?key=" + key).body();
    assertThat(page).doesNotContain("resolve-confirmed").contains("id=\"steps:resolve\"");
    HttpResponse<String> resolved =
        browser.submit(
            "incident.xhtml?key=" + key + "&confirm=resolve",
            "confirm-resolve",
            Map.of("confirm-resolve:resolve-confirmed", "Yes, resolve"));
    assertThat(resolved.statusCode()).isEqualTo(302);
    assertThat(resolved.headers().firstValue("Location").orElseThrow())
        .contains("incident.xhtml?key=" + key);
    assertThat(api.as("responder").get("api/v1/incidents/" + key).json().getString("status"))
        .isEqualTo("resolved");
    assertThat(signIn("viewer").get("incident.xhtml?key=" + key + "&confirm=resolve").body())
        .doesNotContain("resolve-confirmed");
  }

  @Test
  void theRoomsButtonsAnswerAjaxPostsWithPartsOfThePage() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", "P2", "degradation", "Ajax " + UUID.randomUUID()).getString("key");
    BrowserSession browser = signIn("responder");
    String page = "incident.xhtml?key=" + key;
    String state = BrowserSession.viewState(browser.get(page).body());
    String timeline = "api/v1/incidents/" + key + "/timeline";
    int entries = api.as("responder").get(timeline).jsonValue().asJsonArray().size();

    HttpResponse<String> asked =
        browser.ajax(page, state, "steps:resolve", "@this", "confirm-area", Map.of());
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("<partial-response")
        .contains("confirm-resolve:resolve-confirmed")
        .doesNotContain("<redirect");
    assertThat(status(api, key)).as("asking is not resolving").isEqualTo("declared");

    HttpResponse<String> empty =
        browser.ajax(
            page,
            state,
            "entry:add-entry",
            "@form",
            "@form messages",
            Map.of("entry:kind", "ACTION", "entry:text", " "));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("class=\"error\"").doesNotContain("Entry added.");
    HttpResponse<String> badKind =
        browser.ajax(
            page,
            state,
            "entry:add-entry",
            "@form",
            "@form messages",
            Map.of("entry:kind", "NOT_A_KIND", "entry:text", "Paged the DBA"));
    assertThat(badKind.statusCode()).isEqualTo(200);
    assertThat(badKind.body()).doesNotContain("Entry added.");
    assertThat(api.as("responder").get(timeline).jsonValue().asJsonArray())
        .as("nothing stored")
        .hasSize(entries);

    HttpResponse<String> added =
        browser.ajax(
            page,
            state,
            "entry:add-entry",
            "@form",
            "@form messages",
            Map.of("entry:kind", "ACTION", "entry:text", "Paged the DBA on call"));
    assertThat(added.body()).contains("Entry added.").doesNotContain("<redirect");
    assertThat(api.as("responder").get(timeline).body()).contains("Paged the DBA on call");

    HttpResponse<String> resolved =
        browser.ajax(
            page,
            state,
            "confirm-resolve:resolve-confirmed",
            "@this",
            "steps confirm-area messages",
            Map.of());
    assertThat(resolved.body()).contains("Resolved.").contains("steps:reopen");
    assertThat(status(api, key)).isEqualTo("resolved");
  }

  private static String status(IncidentApi api, String key) {
    return api.as("responder").get("api/v1/incidents/" + key).json().getString("status");
  }

  @Test
  void aResponderChangesSeverityAndRolesOnThePageAndTheSlaClockFollows() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", "P3", "degradation", "Edit " + UUID.randomUUID()).getString("key");
    BrowserSession browser = signIn("responder");
    String page = "incident.xhtml?key=" + key;
    String html = browser.get(page).body();
    assertThat(html)
        .contains("id=\"edit-incident\"")
        .contains("Acknowledge within</dt><dd>1 d</dd>");

    HttpResponse<String> saved =
        browser.postForm(
            page,
            html,
            "edit",
            Map.of(
                "edit:severity", "P1",
                "edit:commander", "responder",
                "edit:scribe", "admin",
                "edit:title", "Checkout errors for EU users",
                "edit:save", "Save changes"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String after = browser.follow(saved).body();
    assertThat(after)
        .contains("Incident updated.")
        .contains("Checkout errors for EU users")
        .contains("Acknowledge within</dt><dd>1 h</dd>")
        .contains("Severity changed from P3 to P1");
    JsonObject stored = api.as("responder").get("api/v1/incidents/" + key).json();
    assertThat(stored.getString("severity")).isEqualTo("P1");
    assertThat(stored.getString("commander")).isEqualTo("responder");
    assertThat(stored.getString("scribe")).isEqualTo("admin");

    String fresh = browser.get(page).body();
    for (Map.Entry<String, String> bad :
        Map.of(
                "edit:severity", "P9",
                "edit:commander", "not a user name!",
                "edit:title", "",
                "edit:category", "WEATHER")
            .entrySet()) {
      HttpResponse<String> refused =
          browser.postForm(
              page,
              fresh,
              "edit",
              Map.of(bad.getKey(), bad.getValue(), "edit:save", "Save changes"));
      assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(200);
      assertThat(refused.body()).as(bad.getKey()).contains("class=\"error\"");
    }
    HttpResponse<String> stale =
        browser.postForm(
            page, html, "edit", Map.of("edit:title", "Stale", "edit:save", "Save changes"));
    assertThat(stale.body()).contains("Someone changed this incident meanwhile");
    JsonObject unchanged = api.as("responder").get("api/v1/incidents/" + key).json();
    assertThat(unchanged.getString("title")).isEqualTo("Checkout errors for EU users");
    assertThat(unchanged.getString("severity")).isEqualTo("P1");
    assertThat(signIn("viewer").get(page).body()).doesNotContain("edit-incident");
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
