package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The post-mortem pages over HTTP: lists, editor, bad input, export. */
class PostmortemPagesIT extends OverHttp {

  private PostmortemApi api() {
    return new PostmortemApi(base);
  }

  @Test
  void theListFiltersAndReportsBadFilterValues() {
    PostmortemApi api = api();
    String key = api.draft("P0");
    BrowserSession viewer = signIn("viewer");

    HttpResponse<String> all = viewer.get("postmortems.xhtml");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains(key).contains("badge due-not_due");
    assertThat(viewer.get("postmortems.xhtml?severity=P0&status=draft").body()).contains(key);
    assertThat(viewer.get("postmortems.xhtml?severity=P3").body()).doesNotContain(key);
    assertThat(viewer.get("postmortems.xhtml?due=overdue").body()).doesNotContain(key);
    assertThat(signIn("responder").get("postmortems.xhtml?mine=true").body()).contains(key);
    assertThat(viewer.get("postmortems.xhtml?mine=true").body()).doesNotContain(key);

    HttpResponse<String> bad = viewer.get("postmortems.xhtml?status=%3Cscript%3E&severity=P9");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body())
        .contains("The status filter must be one of")
        .contains("The severity filter must be one of P0, P1, P2, P3")
        .doesNotContain("<script>");
  }

  @Test
  void theEditorRefusesBadFiguresNextToTheFieldAndStoresNothing() {
    PostmortemApi api = api();
    String key = api.draft("P1");
    long version = api.read("responder", key).getJsonNumber("version").longValue();
    BrowserSession responder = signIn("responder");
    String page = "postmortem.xhtml?key=" + key;
    String html = responder.get(page).body();
    assertThat(html)
        .contains("Checkout returns 503 for everyone")
        .contains("id=\"sla-facts\"")
        .contains("acknowledge");

    HttpResponse<String> users =
        responder.postForm(
            page,
            html,
            "editor",
            Map.of(
                "editor:sections:1:users",
                "lots",
                "editor:save",
                "Save",
                "editor:sections:0:text",
                "Kept text"));
    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(users.body())
        .contains("id=\"users-error\"")
        .contains("Enter the number of users as a whole number")
        .contains("Kept text");

    html = responder.get(page).body();
    HttpResponse<String> currency =
        responder.postForm(
            page,
            html,
            "editor",
            Map.of(
                "editor:sections:1:cost", "100",
                "editor:sections:1:currency", "EURO",
                "editor:save", "Save"));
    assertThat(currency.body()).contains("id=\"currency-error\"").contains("ISO 4217");

    HttpResponse<String> authors =
        responder.postForm(
            page, html, "editor", Map.of("editor:authors", "", "editor:save", "Save"));
    assertThat(authors.body()).contains("id=\"authors-error\"").contains("at least one author");

    assertThat(api.read("responder", key).getJsonNumber("version").longValue()).isEqualTo(version);
  }

  @Test
  void theRevisionDiffFormRefusesHandPostedRevisionsNextToTheForm() {
    PostmortemApi api = api();
    String key = api.draft("P1");
    api.save("responder", key, "summary", "A first summary.");
    api.save("responder", key, "summary", "A second summary.");
    BrowserSession responder = signIn("responder");
    String page = "postmortem.xhtml?key=" + key;
    for (Map<String, String> bad :
        List.of(
            Map.of("diff:from", "abc", "diff:to", "1"),
            Map.of("diff:from", "999", "diff:to", "1"),
            Map.of("diff:from", "-1", "diff:to", "2"),
            Map.of("diff:from", "", "diff:to", ""),
            Map.of("diff:from", "1", "diff:to", "99999999999999999999"))) {
      Map<String, String> fields = new java.util.HashMap<>(bad);
      fields.put("diff:compare", "Show the diff");
      HttpResponse<String> reply =
          responder.postForm(page, responder.get(page).body(), "diff", fields);
      assertThat(reply.statusCode()).as(bad.toString()).isEqualTo(200);
      assertThat(reply.body())
          .as(bad.toString())
          .doesNotContain("id=\"diff-output\"")
          .doesNotContain("Something went wrong")
          .containsAnyOf(
              "Choose two revisions",
              "Choose the first revision from the list.",
              "Choose the second revision from the list.",
              "revision: choose one of the values the list offers.");
    }
    HttpResponse<String> good =
        responder.postForm(
            page,
            responder.get(page).body(),
            "diff",
            Map.of("diff:from", "1", "diff:to", "2", "diff:compare", "Show the diff"));
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(good.body())
        .contains("id=\"diff-output\"")
        .contains("Revision 1 compared with revision 2");
  }

  @Test
  void markdownIsRenderedSanitizedAndASaveFromThePageKeepsTheTimelinePicks() {
    PostmortemApi api = api();
    String key = api.draft("P0");
    BrowserSession responder = signIn("responder");
    String page = "postmortem.xhtml?key=" + key;
    String html = responder.get(page).body();
    assertThat(html).contains("sla-breached");
    String hostile =
        "**Bold** <script>alert('x')</script><img src=x onerror=alert(2)>"
            + " [link](javascript:alert(3))";

    HttpResponse<String> saved =
        responder.postForm(
            page, html, "editor", Map.of("editor:sections:0:text", hostile, "editor:save", "Save"));
    assertThat(saved.body()).contains("Saved as revision");
    assertThat(saved.body())
        .contains("<strong>Bold</strong>")
        .doesNotContain("<script>alert")
        .doesNotContain("onerror=alert(2)>")
        .doesNotContain("href=\"javascript:");
    JsonObject stored = api.read("responder", key);
    assertThat(stored.getJsonArray("sections").getJsonObject(0).getString("markdown"))
        .isEqualTo(hostile);
    assertThat(stored.getJsonArray("timeline").getValuesAs(JsonObject.class))
        .allSatisfy(entry -> assertThat(entry.getBoolean("kept")).isTrue());

    String print = responder.get("postmortem-print.xhtml?key=" + key).body();
    assertThat(print)
        .contains("<strong>Bold</strong>")
        .contains("Incident facts")
        .doesNotContain("<script>alert")
        .doesNotContain("onerror=");

    HttpResponse<String> export = signIn("viewer").get("postmortems/" + key + ".md");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/markdown"));
    assertThat(export.body()).startsWith("---\n").contains("key: " + key).contains("**Bold**");
    assertThat(responder.get("postmortems/PM-2026-x.md").statusCode()).isEqualTo(404);
    assertThat(responder.get("postmortems/PM-1999-0001.md").statusCode()).isEqualTo(404);
    assertThat(responder.get("postmortem.xhtml?key=PM-1999-0001").statusCode()).isEqualTo(404);
  }

  @Test
  void aStaleSaveShowsTheOtherVersionAndKeepsTheAuthorsText() {
    PostmortemApi api = api();
    String key = api.draft("P1");
    BrowserSession responder = signIn("responder");
    String page = "postmortem.xhtml?key=" + key;
    String html = responder.get(page).body();

    api.save("responder", key, "summary", "Their summary from the API.");

    HttpResponse<String> stale =
        responder.postForm(
            page,
            html,
            "editor",
            Map.of(
                "editor:sections:0:text", "My summary typed in the page.", "editor:save", "Save"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone else saved this post-mortem")
        .contains("My summary typed in the page.")
        .contains("Their summary from the API.")
        .contains("editor:save-over");
    assertThat(
            api.read("responder", key)
                .getJsonArray("sections")
                .getJsonObject(0)
                .getString("markdown"))
        .isEqualTo("Their summary from the API.");

    HttpResponse<String> over =
        responder.postForm(page, stale.body(), "editor", Map.of("editor:save-over", "Save mine"));
    assertThat(over.body()).contains("Saved as revision");
    assertThat(
            api.read("responder", key)
                .getJsonArray("sections")
                .getJsonObject(0)
                .getString("markdown"))
        .isEqualTo("My summary typed in the page.");
  }

  @Test
  void aResolvedIncidentWithoutAPostmortemOffersToStartOne() {
    PostmortemApi api = api();
    String incident = api.resolvedIncident("P3", Duration.ofMinutes(5));
    BrowserSession responder = signIn("responder");
    String html = responder.get("incident.xhtml?key=" + incident).body();
    assertThat(html).contains("postmortem:start-postmortem");
    assertThat(signIn("viewer").get("incident.xhtml?key=" + incident).body())
        .doesNotContain("start-postmortem");

    HttpResponse<String> started =
        responder.postForm(
            "incident.xhtml?key=" + incident,
            html,
            "postmortem",
            Map.of("postmortem:start-postmortem", "Write a post-mortem"));
    assertThat(started.statusCode()).isEqualTo(302);
    String key = PostmortemApi.postmortemKey(incident);
    assertThat(started.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("postmortem.xhtml?key=" + key));
    assertThat(responder.get("incident.xhtml?key=" + incident).body())
        .contains("id=\"incident-postmortem\"")
        .contains(key)
        .doesNotContain("start-postmortem");
    assertThat(responder.get("index.xhtml").body()).contains("id=\"my-postmortems\"").contains(key);
  }

  @Test
  void submittingWithoutReviewersOrWithOpenWarningsIsRefusedOnThePage() {
    PostmortemApi api = api();
    String key = api.draft("P1");
    api.save("responder", key, "summary", "Human error: the operator forgot to renew it.");
    BrowserSession responder = signIn("responder");
    String page = "postmortem.xhtml?key=" + key;
    String html = responder.get(page).body();
    assertThat(html).contains("blame-warning").contains("<mark>");

    HttpResponse<String> none =
        responder.postForm(page, html, "submit", Map.of("submit:submit-button", "Submit"));
    assertThat(none.body()).contains("id=\"reviewers-error\"");
    HttpResponse<String> warned =
        responder.postForm(
            page,
            html,
            "submit",
            Map.of("submit:reviewers", "reviewer", "submit:submit-button", "Submit"));
    assertThat(warned.body()).contains("Acknowledge or fix");
    assertThat(api.read("responder", key).getString("status")).isEqualTo("draft");

    html = responder.get(page).body();
    Map<String, String> ticks = new java.util.HashMap<>(Map.of("editor:save", "Save"));
    java.util.regex.Matcher box =
        java.util.regex.Pattern.compile("name=\"(editor:sections:0:warnings:[0-9]+:ack)\"")
            .matcher(html);
    while (box.find()) {
      ticks.put(box.group(1), "on");
    }
    assertThat(ticks).hasSizeGreaterThan(1);
    HttpResponse<String> acknowledged = responder.postForm(page, html, "editor", ticks);
    assertThat(acknowledged.body())
        .contains("Saved as revision")
        .contains("No open blame warnings");
    assertThat(api.read("responder", key).getJsonArray("warnings").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w.getBoolean("acknowledged")).isTrue());
    html = responder.get(page).body();
    HttpResponse<String> submitted =
        responder.postForm(
            page,
            html,
            "submit",
            Map.of("submit:reviewers", "reviewer", "submit:submit-button", "Submit"));
    assertThat(submitted.body()).contains("Submitted for review.");
    assertThat(api.read("responder", key).getString("status")).isEqualTo("in_review");
  }

  @Test
  void aRestrictedIncidentsPostmortemIsHiddenFromOutsidersOnEveryPage() {
    PostmortemApi api = api();
    String incident =
        api.incidents.declare("responder", "P1", "security", "Token leak").getString("key");
    ApiClient.Reply resolved =
        api.as("responder").post("api/v1/incidents/" + incident + "/resolve", "{}");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    String key = PostmortemApi.postmortemKey(incident);

    BrowserSession outsider = signIn("reviewer");
    assertThat(outsider.get("postmortem.xhtml?key=" + key).statusCode()).isEqualTo(404);
    assertThat(outsider.get("postmortem-print.xhtml?key=" + key).statusCode()).isEqualTo(404);
    assertThat(outsider.get("postmortems/" + key + ".md").statusCode()).isEqualTo(404);
    assertThat(outsider.get("postmortems.xhtml").body()).doesNotContain(key);

    BrowserSession insider = signIn("responder");
    assertThat(insider.get("postmortem.xhtml?key=" + key).statusCode()).isEqualTo(200);
    assertThat(insider.get("postmortems/" + key + ".md").statusCode()).isEqualTo(200);
  }

  @Test
  void longMultiByteSectionsAreSavedFromTheEditorAndTextWithControlCharactersIsKept() {
    PostmortemApi api = api();
    String key = PostmortemApi.postmortemKey(api.resolvedIncident("P1", Duration.ofMinutes(5)));
    BrowserSession responder = signIn("responder");
    String page = "postmortem.xhtml?key=" + key;
    String html = responder.get(page).body();
    assertThat(html).contains("maxlength=\"50000\"");
    String summary = "影響範囲の説明。".repeat(5_600);
    String timeline = "障害の経緯。".repeat(7_500);
    String trigger = "設定変更が原因。".repeat(5_600);

    HttpResponse<String> saved =
        responder.postForm(
            page,
            html,
            "editor",
            Map.of(
                "editor:sections:0:text", summary,
                "editor:sections:2:text", timeline,
                "editor:sections:3:text", trigger,
                "editor:save", "Save"));

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("Saved as revision");
    assertThat(api.read("responder", key).toString())
        .contains(summary)
        .contains(timeline)
        .contains(trigger);

    long version = api.read("responder", key).getJsonNumber("version").longValue();
    html = responder.get(page).body();
    HttpResponse<String> refused =
        responder.postForm(
            page,
            html,
            "editor",
            Map.of("editor:sections:0:text", "Kept\u0000 text", "editor:save", "Save"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("control characters").contains("Kept");
    assertThat(api.read("responder", key).getJsonNumber("version").longValue()).isEqualTo(version);
  }
}
