package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The blame check where people write besides post-mortem sections: action item titles are warned
 * (never refused) in the API and on the board, timeline entries get a gentle note and are kept.
 */
class BlameEverywhereIT extends OverHttp {

  @Test
  void actionItemTitlesAreWarnedOnCreateUpdateAndTheBoard() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    ApiClient responder = api.as("responder");

    ApiClient.Reply created =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + key
                + "\",\"title\":\"Alert 14 days before a certificate expires\","
                + "\"kind\":\"prevent\",\"priority\":\"low\",\"owner\":\"viewer\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject item = created.json();
    assertThat(item.getJsonArray("blameWarnings")).isEmpty();

    ApiClient.Reply updated =
        responder.put(
            "api/v1/action-items/" + item.getJsonNumber("id"),
            "{\"version\":"
                + item.getJsonNumber("version")
                + ",\"title\":\"Retrain the intern who forgot to renew the certificate\""
                + ",\"priority\":\"low\",\"owner\":\"viewer\",\"dueDate\":\""
                + item.getString("dueDate")
                + "\"}");
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    JsonObject warning = updated.json().getJsonArray("blameWarnings").getJsonObject(0);
    assertThat(warning.getString("field")).isEqualTo("title");
    assertThat(warning.getString("rule")).isEqualTo("person-failure");
    assertThat(warning.getString("suggestion")).endsWith("?");
    assertThat(warning.getJsonArray("rewrites")).isNotEmpty();

    String board = signIn("responder").get("action-items.xhtml?tab=all").body();
    assertThat(board).contains("blame-note").contains("forgot to renew");
  }

  @Test
  void timelineEntriesGetAGentleNoteAndAreKept() {
    PostmortemApi api = new PostmortemApi(base);
    String incident = api.resolvedIncident("P2", java.time.Duration.ofMinutes(5));
    ApiClient responder = api.as("responder");

    ApiClient.Reply blaming =
        responder.post(
            "api/v1/incidents/" + incident + "/timeline",
            "{\"kind\":\"note\",\"text\":\"Our DBA screwed up the failover\"}");
    assertThat(blaming.status()).as(blaming.toString()).isEqualTo(201);
    assertThat(blaming.json().getString("note"))
        .contains("the entry is kept")
        .contains("Our DBA screwed up");

    ApiClient.Reply neutral =
        responder.post(
            "api/v1/incidents/" + incident + "/timeline",
            "{\"kind\":\"note\",\"text\":\"Promoted the replica to primary\"}");
    assertThat(neutral.status()).as(neutral.toString()).isEqualTo(201);
    JsonObject entry = neutral.json();
    assertThat(!entry.containsKey("note") || entry.isNull("note")).isTrue();

    assertThat(responder.get("api/v1/incidents/" + incident + "/timeline").body())
        .contains("Our DBA screwed up the failover");

    BrowserSession browser = signIn("responder");
    HttpResponse<String> posted =
        browser.submit(
            "incident.xhtml?key=" + incident,
            "entry",
            Map.of(
                "entry:kind",
                "NOTE",
                "entry:text",
                "The intern forgot to drain the node",
                "entry:add-entry",
                "Add to timeline"));
    assertThat(posted.statusCode()).as("a redirect to the incident's own address").isEqualTo(302);
    assertThat(posted.headers().firstValue("Location").orElseThrow())
        .contains("incident.xhtml?key=" + incident);
    String page = browser.follow(posted).body();
    assertThat(page).contains("Entry added.").contains("the entry is kept");
    assertThat(responder.get("api/v1/incidents/" + incident + "/timeline").body())
        .contains("The intern forgot to drain the node");
  }
}
