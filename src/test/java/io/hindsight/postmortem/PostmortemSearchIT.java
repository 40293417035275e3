package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Post-mortems in the full-text search, by API and on the search page, minding restrictions. */
class PostmortemSearchIT extends OverHttp {

  @Test
  void postmortemsAreFoundBySectionTextAndActionItemsButRestrictedOnesOnlyByResponders() {
    PostmortemApi api = new PostmortemApi(base);
    String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String open = api.draft("P0");
    api.save("responder", open, "root-causes", "The " + word + " cache evicted every session.");

    JsonObject declared =
        api.incidents.declare(
            "responder",
            "{\"title\":\"Leaked keys "
                + word
                + "\",\"severity\":\"P1\",\"category\":\"security\",\"startedAt\":\""
                + IncidentApi.ago(Duration.ofMinutes(30))
                + "\",\"detectedAt\":\""
                + IncidentApi.ago(Duration.ofMinutes(20))
                + "\"}");
    assertThat(declared.getBoolean("restricted")).isTrue();
    String restrictedIncident = declared.getString("key");
    assertThat(
            api.as("responder")
                .post("api/v1/incidents/" + restrictedIncident + "/resolve", "")
                .status())
        .isEqualTo(200);
    String restricted = PostmortemApi.postmortemKey(restrictedIncident);

    List<String> forResponder = keys(api.as("responder"), word);
    assertThat(forResponder).contains(open, restricted);
    List<String> forViewer = keys(api.as("viewer"), word);
    assertThat(forViewer).contains(open).doesNotContain(restricted);

    String task = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    ApiClient.Reply item =
        api.as("responder")
            .post(
                "api/v1/action-items",
                "{\"postmortem\":\""
                    + open
                    + "\",\"title\":\"Bound the "
                    + task
                    + " cache\",\"kind\":\"prevent\",\"priority\":\"medium\",\"owner\":\"viewer\"}");
    assertThat(item.status()).as(item.toString()).isEqualTo(201);
    assertThat(keys(api.as("viewer"), task)).containsExactly(open);

    BrowserSession browser = signIn("viewer");
    HttpResponse<String> page = browser.get("search.xhtml?q=" + word);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"postmortem-results\"")
        .contains("postmortem.xhtml?key=" + open)
        .doesNotContain(restricted);
  }

  private static List<String> keys(ApiClient client, String word) {
    ApiClient.Reply reply = client.get("api/v1/search?kind=postmortem&q=" + word);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .peek(result -> assertThat(result.getString("kind")).isEqualTo("postmortem"))
        .map(result -> result.getString("id"))
        .toList();
  }
}
