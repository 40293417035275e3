package io.hindsight.postmortem;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Team control of the blame check over HTTP: sentences marked "not blame" for a post-mortem, made
 * team exceptions by an admin, and the team's phrases and role words; every refusal a problem.
 */
class BlameTeamControlIT extends OverHttp {

  private static final String LINT = "api/v1/postmortems/lint";
  private static final String WORDS = "api/v1/blame-check/words";

  private JsonArray warnings(JsonObject postmortem) {
    return postmortem.getJsonArray("warnings");
  }

  private static String text(String text) {
    return "{\"text\":" + Json.createValue(text) + "}";
  }

  @Test
  void aSentenceMarkedNotBlameIsDismissedInEveryRevisionAndCanBecomeATeamException() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    String sentence = "Wang Fang's error corrupted the cache.";
    api.save("responder", key, "summary", "The cache was down for an hour. " + sentence);
    JsonObject warned = warnings(api.read("responder", key)).getJsonObject(0);
    assertThat(warned.getBoolean("dismissed")).isFalse();
    ApiClient responder = api.as("responder");
    String submit = "api/v1/postmortems/" + key + "/submit";
    assertProblem(responder.post(submit, "{\"reviewers\":[\"reviewer\"]}"), 409);

    ApiClient.Reply marked =
        responder.post(
            "api/v1/postmortems/" + key + "/not-blame",
            "{\"sentence\":"
                + Json.createValue("  wang fang's  error corrupted the cache. ")
                + "}");
    assertThat(marked.status()).as(marked.toString()).isEqualTo(201);
    long id = marked.json().getJsonNumber("id").longValue();
    api.save("responder", key, "impact", "Checkout slowed down for everyone.");
    JsonObject dismissed = warnings(api.read("responder", key)).getJsonObject(0);
    assertThat(dismissed.getString("sentence")).isEqualTo(sentence);
    assertThat(dismissed.getBoolean("dismissed")).isTrue();
    assertThat(responder.get("api/v1/postmortems/" + key + "/not-blame").body())
        .contains("\"markedBy\":\"responder\"");
    assertThat(responder.post(LINT, text(sentence)).json().getJsonArray("warnings")).hasSize(1);

    String promote = "api/v1/postmortems/" + key + "/not-blame/" + id + "/team-exception";
    assertProblem(responder.post(promote, "{}"), 403);
    ApiClient.Reply promoted = api.as("admin").post(promote, "{}");
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(promoted.json().getString("kind")).isEqualTo("exception");
    assertThat(responder.post(LINT, text(sentence)).json().getJsonArray("warnings")).isEmpty();

    long word = promoted.json().getJsonNumber("id").longValue();
    assertThat(api.as("admin").delete(WORDS + "/" + word).status()).isEqualTo(204);
    assertThat(responder.post(LINT, text(sentence)).json().getJsonArray("warnings")).hasSize(1);
    assertThat(responder.delete("api/v1/postmortems/" + key + "/not-blame/" + id).status())
        .isEqualTo(204);
    assertThat(warnings(api.read("responder", key)).getJsonObject(0).getBoolean("dismissed"))
        .isFalse();
  }

  @Test
  void marksRefuseBadInputAndStoreNothing() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    api.save("responder", key, "summary", "Lena's mistake took down the queue.");
    ApiClient responder = api.as("responder");
    String path = "api/v1/postmortems/" + key + "/not-blame";

    assertProblem(responder.post(path, "null"), 400);
    assertProblem(responder.post(path, "{}"), 400);
    assertProblem(responder.post(path, "{\"sentence\":\"   \"}"), 400);
    assertProblem(responder.post(path, "{\"sentence\":\"Nobody wrote this here.\"}"), 400);
    assertProblem(responder.post(path, "{\"sentence\":\"Lena\\u0007's mistake\"}"), 400);
    assertProblem(responder.post(path, text("x".repeat(1001)).replace("text", "sentence")), 400);
    assertProblem(responder.post(path, "{\"sentence\":[1]}"), 400);
    assertProblem(
        api.as("viewer").post(path, "{\"sentence\":\"Lena's mistake took down the queue.\"}"), 403);
    assertProblem(
        api.as("reviewer").post(path, "{\"sentence\":\"Lena's mistake took down the queue.\"}"),
        403);
    assertProblem(
        responder.post(
            "api/v1/postmortems/PM-2001-9999/not-blame", "{\"sentence\":\"Lena's mistake\"}"),
        404);
    assertProblem(responder.delete(path + "/abc"), 404);
    assertProblem(responder.delete(path + "/999999"), 404);
    assertProblem(api.as("admin").post(path + "/999999/team-exception", "{}"), 404);
    assertThat(responder.get(path).jsonValue().asJsonArray()).isEmpty();
  }

  @Test
  void teamPhrasesAndRolesWarnEverywhereUntilRemoved() {
    ApiClient admin = new PostmortemApi(base).as("admin");
    ApiClient responder = new PostmortemApi(base).as("responder");
    String role = "The wrangler failed to rotate the keys.";
    String phrase = "The deploy went sideways because of a cowboy fix.";
    assertThat(responder.post(LINT, text(role)).json().getJsonArray("warnings")).isEmpty();
    assertThat(responder.post(LINT, text(phrase)).json().getJsonArray("warnings")).isEmpty();

    ApiClient.Reply addedRole = admin.post(WORDS, "{\"kind\":\"role\",\"word\":\"Wrangler\"}");
    ApiClient.Reply addedPhrase =
        admin.post(WORDS, "{\"kind\":\"phrase\",\"word\":\"cowboy  fix\"}");
    assertThat(addedRole.status()).as(addedRole.toString()).isEqualTo(201);
    assertThat(addedPhrase.json().getString("word")).isEqualTo("cowboy fix");
    assertThat(responder.post(LINT, text(role)).json().getJsonArray("warnings")).hasSize(1);
    JsonObject team =
        responder.post(LINT, text(phrase)).json().getJsonArray("warnings").getJsonObject(0);
    assertThat(team.getString("rule")).startsWith("team-phrase-");
    assertThat(team.getString("text")).isEqualTo("cowboy fix");
    assertThat(responder.get(WORDS).jsonValue().toString()).contains("\"word\":\"wrangler\"");

    admin.delete(WORDS + "/" + addedRole.json().getJsonNumber("id").longValue());
    admin.delete(WORDS + "/" + addedPhrase.json().getJsonNumber("id").longValue());
    assertThat(responder.post(LINT, text(role)).json().getJsonArray("warnings")).isEmpty();
  }

  @Test
  void teamWordsRefuseBadInputAndStoreNothing() {
    ApiClient admin = new PostmortemApi(base).as("admin");
    String before = admin.get(WORDS).body();

    assertProblem(admin.post(WORDS, "null"), 400);
    assertProblem(admin.post(WORDS, "{\"word\":\"rogue\"}"), 400);
    assertProblem(admin.post(WORDS, "{\"kind\":\"colour\",\"word\":\"rogue\"}"), 400);
    assertProblem(admin.post(WORDS, "{\"kind\":\"phrase\",\"word\":\" \"}"), 400);
    assertProblem(admin.post(WORDS, "{\"kind\":\"phrase\",\"word\":\"x\"}"), 400);
    assertProblem(admin.post(WORDS, "{\"kind\":\"role\",\"word\":\"release manager\"}"), 400);
    assertProblem(admin.post(WORDS, "{\"kind\":\"exception\",\"word\":\"a\\u0000b\"}"), 400);
    assertProblem(
        admin.post(
            WORDS,
            text("y".repeat(1001)).replace("text", "word").replace("{", "{\"kind\":\"phrase\",")),
        400);
    assertProblem(
        new PostmortemApi(base)
            .as("responder")
            .post(WORDS, "{\"kind\":\"phrase\",\"word\":\"rogue\"}"),
        403);
    assertProblem(admin.delete(WORDS + "/nope"), 404);
    assertProblem(admin.delete(WORDS + "/999999"), 404);
    assertThat(admin.get(WORDS).body()).isEqualTo(before);

    ApiClient.Reply added = admin.post(WORDS, "{\"kind\":\"exception\",\"word\":\"went rogue\"}");
    assertProblem(admin.post(WORDS, "{\"kind\":\"exception\",\"word\":\"Went  Rogue\"}"), 409);
    admin.delete(WORDS + "/" + added.json().getJsonNumber("id").longValue());
    assertThat(admin.get(WORDS).body()).isEqualTo(before);
  }
}
