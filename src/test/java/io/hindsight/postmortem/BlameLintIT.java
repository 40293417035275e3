package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The lint API on the real server: the language models load inside WildFly, and each warning names
 * what it found, its sentence, rewrites and the question to ask instead.
 */
class BlameLintIT extends OverHttp {

  @Test
  void warningsCarryTheirSentenceRewritesAndQuestion() {
    ApiClient.Reply reply =
        new PostmortemApi(base)
            .as("responder")
            .post(
                "api/v1/postmortems/lint",
                "{\"text\":\"Checkout was down. Sarah's mistake took down the database.\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject warning = reply.json().getJsonArray("warnings").getJsonObject(0);
    assertThat(warning.getString("rule")).isEqualTo("possessive-fault");
    assertThat(warning.getString("text")).isEqualTo("Sarah's mistake");
    assertThat(warning.getString("sentence")).isEqualTo("Sarah's mistake took down the database.");
    assertThat(warning.getInt("sentenceStart")).isEqualTo("Checkout was down. ".length());
    assertThat(warning.getString("suggestion")).endsWith("?");
    assertThat(warning.getJsonArray("rewrites").getString(1))
        .isEqualTo("A change took down the database.");
  }

  @Test
  void factsAboutPeopleGetNoWarning() {
    ApiClient.Reply reply =
        new PostmortemApi(base)
            .as("responder")
            .post(
                "api/v1/postmortems/lint",
                "{\"text\":\"John restarted the pods at 14:02. Priya declared a P1.\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().getJsonArray("warnings")).isEmpty();
  }
}
