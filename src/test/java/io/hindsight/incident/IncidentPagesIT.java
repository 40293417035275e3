package io.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The incident pages over HTTP: bad form input, visibility, and keys under concurrency. */
class IncidentPagesIT extends OverHttp {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty title | '' | 0 | title must not be blank",
        "long title | LONG | 0 | title must be at most 200 characters",
        "negative minutes | Title | -5 | startedAt must be 0 to 525600 minutes ago",
        "not a number | Title | soon | Enter a number of minutes.",
      })
  void badDeclarationsShowAnErrorAndStoreNothing(
      String why, String title, String minutes, String message) {
    IncidentApi api = new IncidentApi(base);
    long before = api.total();
    Map<String, String> fields = new HashMap<>();
    fields.put("declare:title", title.equals("LONG") ? "t".repeat(100_000) : title);
    fields.put("declare:severity", "P1");
    fields.put("declare:category", "OUTAGE");
    fields.put("declare:services", "api");
    fields.put("declare:started", minutes);
    fields.put("declare:declare-button", "Declare");

    HttpResponse<String> page = signIn("responder").submit("incidents.xhtml", "declare", fields);

    assertThat(page.statusCode()).as(why).isEqualTo(200);
    assertThat(page.body()).contains(message);
    assertThat(api.total()).isEqualTo(before);
  }

  @Test
  void aViewerSeesTheListButNoDeclareForm() {
    HttpResponse<String> page = signIn("viewer").get("incidents.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Incidents</h1>").doesNotContain("declare:title");
  }

  @Test
  void restrictedAndUnknownIncidentPagesAre404ForOutsiders() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P1", "security", "Credential stuffing").getString("key");

    HttpResponse<String> outsider = signIn("reviewer").get("incident.xhtml?key=" + key);
    assertThat(outsider.statusCode()).isEqualTo(404);
    assertThat(outsider.body()).doesNotContain("Credential stuffing");
    assertThat(signIn("reviewer").get("incidents.xhtml").body()).doesNotContain(key);

    HttpResponse<String> insider = signIn("responder").get("incident.xhtml?key=" + key);
    assertThat(insider.statusCode()).isEqualTo(200);
    assertThat(insider.body()).contains("Credential stuffing").contains("restricted");

    assertThat(signIn("viewer").get("incident.xhtml?key=INC-2026-x").statusCode()).isEqualTo(404);
  }

  @Test
  void concurrentDeclarationsGetDistinctConsecutiveKeys() {
    IncidentApi api = new IncidentApi(base);
    api.as("responder");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<CompletableFuture<String>> declared =
          IntStream.range(0, 6)
              .mapToObj(
                  n ->
                      CompletableFuture.supplyAsync(
                          () ->
                              api.declare("responder", "P3", "outage", "Parallel " + n)
                                  .getString("key"),
                          pool))
              .toList();
      List<Integer> sequences =
          declared.stream()
              .map(CompletableFuture::join)
              .map(k -> Integer.parseInt(k.substring(k.lastIndexOf('-') + 1)))
              .sorted()
              .toList();
      assertThat(sequences).doesNotHaveDuplicates();
      assertThat(sequences.get(5) - sequences.get(0)).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void evidenceLinksAreAddedFromTheIncidentPage() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P2", "degradation", "Link from page").getString("key");
    BrowserSession browser = signIn("responder");

    HttpResponse<String> added =
        browser.submit(
            "incident.xhtml?key=" + key,
            "link",
            Map.of(
                "link:url",
                "https://logs.example/q?id=7",
                "link:title",
                "Log search",
                "link:add-link",
                "Add link"));
    assertThat(browser.follow(added).body()).contains("Link added.");
    assertThat(browser.get("incident.xhtml?key=" + key).body())
        .contains("href=\"https://logs.example/q?id=7\"")
        .contains("Log search");

    HttpResponse<String> refused =
        browser.submit(
            "incident.xhtml?key=" + key,
            "link",
            Map.of(
                "link:url", "javascript:alert(1)", "link:title", "x", "link:add-link", "Add link"));
    assertThat(refused.body()).contains("must be an absolute http or https address");
    assertThat(browser.get("incident.xhtml?key=" + key).body())
        .doesNotContain("href=\"javascript:");
  }

  @Test
  void evidenceFilesDownloadFromThePageWithTheirHash() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P2", "security", "Page download").getString("key");
    byte[] content =
        "2026-11-28T01:00Z ERROR token leaked?\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ApiClient.Reply uploaded =
        api.as("responder")
            .raw(
                api.as("responder")
                    .request("api/v1/incidents/" + key + "/evidence")
                    .header("Content-Type", "text/plain")
                    .header("Content-Disposition", "attachment; filename=auth.log")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    long id = uploaded.json().getJsonNumber("id").longValue();
    String sha = uploaded.header("X-Content-SHA256");

    BrowserSession responder = signIn("responder");
    assertThat(responder.get("incident.xhtml?key=" + key).body())
        .contains("/evidence?key=" + key + "&amp;id=" + id);
    HttpResponse<String> file = responder.get("evidence?key=" + key + "&id=" + id);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(new String(content, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(file.headers().firstValue("X-Content-SHA256")).contains(sha);

    assertThat(signIn("reviewer").get("evidence?key=" + key + "&id=" + id).statusCode())
        .isEqualTo(404);
    assertThat(responder.get("evidence?key=nope&id=" + id).statusCode()).isEqualTo(400);
    assertThat(responder.get("evidence?key=" + key + "&id=999999999").statusCode()).isEqualTo(404);
  }
}
