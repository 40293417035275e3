package io.hindsight.postmortem;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every refusal of the post-mortem API: a clear 4xx problem, and nothing stored. */
class PostmortemBadInputIT extends OverHttp {

  @Test
  void badContentIsRefusedByFieldAndTheDraftStaysAsItWas() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P0");
    ApiClient responder = api.as("responder");
    JsonObject before = api.read("responder", key);
    String path = "api/v1/postmortems/" + key;
    long version = before.getJsonNumber("version").longValue();

    assertField(
        responder.put(path, "{\"version\":" + version + ",\"sections\":{\"no-such\":\"x\"}}"),
        "sections.no-such");
    assertField(
        responder.put(path, "{\"version\":" + version + ",\"sections\":{\"Bad Key\":\"x\"}}"),
        "sections.Bad Key");
    assertField(
        responder.put(
            path,
            "{\"version\":"
                + version
                + ",\"sections\":{\"summary\":\""
                + "x".repeat(50_001)
                + "\"}}"),
        "sections.summary");
    assertField(
        responder.put(path, "{\"version\":" + version + ",\"impact\":{\"users\":-1}}"),
        "impact.users");
    assertField(
        responder.put(
            path, "{\"version\":" + version + ",\"impact\":{\"cost\":10,\"currency\":\"XYZ1\"}}"),
        "impact.currency");
    assertField(
        responder.put(path, "{\"version\":" + version + ",\"impact\":{\"cost\":10}}"),
        "impact.currency");
    assertField(responder.put(path, "{\"version\":" + version + ",\"authors\":[]}"), "authors");
    assertField(
        responder.put(path, "{\"version\":" + version + ",\"authors\":[\"nobody-here\"]}"),
        "authors");
    assertField(
        responder.put(path, "{\"version\":" + version + ",\"factors\":[{\"description\":\" \"}]}"),
        "factors");
    assertField(
        responder.put(
            path,
            "{\"version\":" + version + ",\"factors\":[{\"id\":\"x\",\"description\":\"a\"}]}"),
        "factors");
    assertField(
        responder.put(path, "{\"version\":" + version + ",\"hiddenEntries\":[999999999]}"),
        "hiddenEntries");
    StringBuilder huge = new StringBuilder("{\"version\":" + version + ",\"sections\":{");
    String[] keys = {
      "summary", "impact", "timeline", "detection", "trigger", "root-causes", "lessons-learned"
    };
    for (int i = 0; i < keys.length; i++) {
      huge.append(i == 0 ? "" : ",")
          .append('"')
          .append(keys[i])
          .append("\":\"")
          .append("y".repeat(50_000))
          .append('"');
    }
    assertField(responder.put(path, huge.append("}}").toString()), "sections");
    assertProblem(responder.put(path, "{\"sections\":{\"summary\":\"x\"}}"), 400);
    assertProblem(responder.put(path, "{\"version\":" + version + ",\"colour\":\"red\"}"), 400);
    assertProblem(responder.put(path, "not json"), 400);
    assertProblem(
        api.as("viewer")
            .put(path, "{\"version\":" + version + ",\"sections\":{\"summary\":\"x\"}}"),
        403);
    ApiClient.Reply notAuthor =
        api.as("reviewer")
            .put(path, "{\"version\":" + version + ",\"sections\":{\"summary\":\"x\"}}");
    assertProblem(notAuthor, 409);
    assertThat(notAuthor.json().getString("detail")).contains("Only an author");

    JsonObject after = api.read("responder", key);
    assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version);
    assertThat(after.getInt("revision")).isEqualTo(before.getInt("revision"));
  }

  @Test
  void unknownKeysAndFiltersAreRefused() {
    PostmortemApi api = new PostmortemApi(base);
    ApiClient viewer = api.as("viewer");
    assertProblem(viewer.get("api/v1/postmortems/PM-1999-9999"), 404);
    assertProblem(viewer.get("api/v1/postmortems/INC-2026-0001"), 404);
    assertProblem(viewer.get("api/v1/postmortems/..%2F..%2Fetc"), 404);
    assertProblem(viewer.get("api/v1/postmortems?status=lost"), 400);
    assertProblem(viewer.get("api/v1/postmortems?due=yesterday"), 400);
    assertProblem(viewer.get("api/v1/postmortems?severity=P9"), 400);
    assertProblem(viewer.get("api/v1/postmortems?size=1000"), 400);
    assertProblem(viewer.get("api/v1/postmortems?colour=red"), 400);
    assertProblem(viewer.get("api/v1/postmortems?incident=nope"), 400);
    assertProblem(
        api.as("responder").post("api/v1/postmortems", "{\"incident\":\"INC-1999-9999\"}"), 404);
    assertProblem(api.as("responder").post("api/v1/postmortems", "{}"), 400);
    assertProblem(new ApiClient(base).get("api/v1/postmortems"), 401);
    String key = api.draft("P0");
    assertProblem(viewer.get("api/v1/postmortems/" + key + "/revisions/99"), 404);
    assertProblem(viewer.get("api/v1/postmortems/" + key + "/revisions/x"), 400);
    assertProblem(viewer.get("api/v1/postmortems/" + key + "/diff?from=1"), 400);
    assertProblem(viewer.get("api/v1/postmortems/" + key + "/diff?from=1&to=50"), 404);
  }

  @Test
  void markdownNeverRunsScript() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P0");
    JsonObject saved =
        api.save(
            "responder",
            key,
            "summary",
            "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>"
                + " <a href=\"https://ok.example\" onclick=\"alert(4)\">ok</a>");
    String html = saved.getJsonArray("sections").getJsonObject(0).getString("html");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("href=\"javascript:")
        .doesNotContain("onerror")
        .doesNotContain("onclick")
        .contains("https://ok.example");
  }

  @Test
  void aReviewerWhoIsAlsoAnAuthorCannotReviewOrApprove() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P0");
    ApiClient responder = api.as("responder");
    JsonObject draft = api.read("responder", key);
    responder.put(
        "api/v1/postmortems/" + key,
        "{\"version\":"
            + draft.getJsonNumber("version")
            + ",\"authors\":[\"responder\",\"reviewer\"]}");
    ApiClient.Reply ownReview =
        responder.post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer\"]}");
    assertProblem(ownReview, 409);
    assertThat(ownReview.json().getString("detail")).contains("A reviewer cannot be an author");
    assertProblem(
        responder.post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[]}"), 409);
    assertProblem(responder.post("api/v1/postmortems/" + key + "/submit", "{}"), 400);
    ApiClient.Reply ownApproval =
        api.as("reviewer").post("api/v1/postmortems/" + key + "/approve", "");
    assertProblem(ownApproval, 409);
    assertThat(ownApproval.json().getString("detail")).contains("cannot be approved");
    ApiClient.Reply early = responder.post("api/v1/postmortems/" + key + "/publish", "");
    assertProblem(early, 409);
    assertThat(api.read("viewer", key).getString("status")).isEqualTo("draft");
  }

  @Test
  void onlyAdminsChangeTheTemplateAndOldPostmortemsKeepTheirVersion() {
    PostmortemApi api = new PostmortemApi(base);
    String before = api.draft("P0");
    int sectionsBefore = api.read("viewer", before).getJsonArray("sections").size();
    assertProblem(
        api.as("reviewer")
            .post(
                "api/v1/postmortem-template/sections",
                "{\"key\":\"customer-comms\",\"title\":\"Customer communication\"}"),
        403);
    assertProblem(
        api.as("admin")
            .post("api/v1/postmortem-template/sections", "{\"key\":\"Bad Key\",\"title\":\"x\"}"),
        400);
    assertProblem(
        api.as("admin")
            .post(
                "api/v1/postmortem-template/sections", "{\"key\":\"summary\",\"title\":\"Again\"}"),
        400);
    String sectionKey = "comms-" + Long.toString(System.nanoTime(), 36);
    ApiClient.Reply added =
        api.as("admin")
            .post(
                "api/v1/postmortem-template/sections",
                "{\"key\":\""
                    + sectionKey
                    + "\",\"title\":\"Customer communication\",\"hint\":\"What we told customers.\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    ApiClient.Reply renamed =
        api.as("admin")
            .put(
                "api/v1/postmortem-template/sections/" + sectionKey,
                "{\"title\":\"Talking to customers\"}");
    assertThat(renamed.json().getInt("version")).isEqualTo(added.json().getInt("version") + 1);
    String after = api.draft("P0");
    JsonObject newer = api.read("viewer", after);
    assertThat(newer.getJsonArray("sections").getValuesAs(JsonObject.class))
        .anySatisfy(s -> assertThat(s.getString("title")).isEqualTo("Talking to customers"));
    assertThat(api.read("viewer", before).getJsonArray("sections")).hasSize(sectionsBefore);
  }

  @Test
  void whoeverSavedContentCannotReviewItEvenAfterLeavingTheAuthorList() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P0");
    ApiClient responder = api.as("responder");
    JsonObject draft = api.read("responder", key);
    long version =
        responder
            .put(
                "api/v1/postmortems/" + key,
                "{\"version\":"
                    + draft.getJsonNumber("version")
                    + ",\"authors\":[\"responder\",\"reviewer\"]}")
            .json()
            .getJsonNumber("version")
            .longValue();
    JsonObject left =
        api.as("reviewer")
            .put(
                "api/v1/postmortems/" + key,
                "{\"version\":"
                    + version
                    + ",\"sections\":{\"summary\":\"A config push broke TLS.\"},\"authors\":[\"responder\"]}")
            .json();
    assertThat(left.getJsonArray("authors").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("responder");
    ApiClient.Reply submitted =
        responder.post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer\"]}");
    assertProblem(submitted, 409);
    assertThat(submitted.json().getString("detail")).contains("A reviewer cannot be an author");
  }

  @Test
  void aReviewerOfARestrictedIncidentCanReadWhatTheyReview() {
    PostmortemApi api = new PostmortemApi(base);
    JsonObject declared =
        api.incidents.declare(
            "responder",
            "{\"title\":\"Leaked token\",\"severity\":\"P1\",\"category\":\"security\",\"startedAt\":\""
                + io.hindsight.incident.IncidentApi.ago(Duration.ofMinutes(30))
                + "\",\"detectedAt\":\""
                + io.hindsight.incident.IncidentApi.ago(Duration.ofMinutes(20))
                + "\"}");
    String incident = declared.getString("key");
    api.as("responder").post("api/v1/incidents/" + incident + "/resolve", "");
    String key = PostmortemApi.postmortemKey(incident);
    assertProblem(api.as("reviewer2").get("api/v1/postmortems/" + key), 404);
    api.save("responder", key, "summary", "A token was committed to a public repository.");
    ApiClient.Reply submitted =
        api.as("responder")
            .post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer2\"]}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(
            api.as("reviewer2")
                .post("api/v1/postmortems/" + key + "/approve", "")
                .json()
                .getString("status"))
        .isEqualTo("approved");
  }

  private static void assertField(ApiClient.Reply reply, String field) {
    assertProblem(reply, 400);
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains(field);
  }
}
