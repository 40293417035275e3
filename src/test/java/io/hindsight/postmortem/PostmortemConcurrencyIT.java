package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two authors saving the same post-mortem 100 times each at the same time: every save is either
 * stored as its own revision or refused with 409 and retried on the current version; none is lost.
 */
class PostmortemConcurrencyIT extends OverHttp {

  private static final int SAVES = 100;

  @Test
  void twoClientsSavingAHundredTimesEachLoseNothing() throws Exception {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P0");
    ApiClient responder = api.as("responder");
    JsonObject draft = api.read("responder", key);
    ApiClient.Reply coAuthored =
        responder.put(
            "api/v1/postmortems/" + key,
            "{\"version\":"
                + draft.getJsonNumber("version")
                + ",\"authors\":[\"responder\",\"reviewer2\"]}");
    assertThat(coAuthored.status()).as(coAuthored.toString()).isEqualTo(200);
    int startRevision = coAuthored.json().getInt("revision");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = pool.submit(writer(api.as("responder"), key, "summary", "A"));
      Future<Integer> second = pool.submit(writer(api.as("reviewer2"), key, "impact", "B"));
      int conflicts = first.get() + second.get();

      JsonObject last = api.read("viewer", key);
      assertThat(section(last, "summary")).isEqualTo("A-" + (SAVES - 1));
      assertThat(section(last, "impact")).isEqualTo("B-" + (SAVES - 1));
      assertThat(last.getInt("revision")).isEqualTo(startRevision + 2 * SAVES);
      List<JsonObject> revisions =
          responder
              .get("api/v1/postmortems/" + key + "/revisions")
              .jsonValue()
              .asJsonArray()
              .getValuesAs(JsonObject.class);
      assertThat(revisions).hasSize(startRevision + 2 * SAVES);
      List<Integer> numbers = new ArrayList<>();
      revisions.forEach(r -> numbers.add(r.getInt("number")));
      assertThat(numbers).doesNotHaveDuplicates().isSorted();
      assertThat(revisions)
          .filteredOn(r -> r.getString("createdBy").equals("reviewer2"))
          .hasSize(SAVES);
      System.out.printf("%d saves in all, %d refused as stale and retried%n", 2 * SAVES, conflicts);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Saves "prefix-0" … "prefix-99" into one section; returns how many saves were refused. */
  private static Callable<Integer> writer(
      ApiClient client, String key, String section, String prefix) {
    return () -> {
      int conflicts = 0;
      for (int i = 0; i < SAVES; i++) {
        long version =
            client.get("api/v1/postmortems/" + key).json().getJsonNumber("version").longValue();
        while (true) {
          ApiClient.Reply reply =
              client.put(
                  "api/v1/postmortems/" + key,
                  "{\"version\":"
                      + version
                      + ",\"sections\":{\""
                      + section
                      + "\":\""
                      + prefix
                      + "-"
                      + i
                      + "\"}}");
          if (reply.status() == 200) {
            break;
          }
          assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
          assertThat(reply.json().getString("detail")).contains("Someone else changed");
          conflicts++;
          version = reply.json().getJsonNumber("currentVersion").longValue();
        }
      }
      return conflicts;
    };
  }

  private static String section(JsonObject postmortem, String key) {
    return postmortem.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("key").equals(key))
        .findFirst()
        .orElseThrow()
        .getString("markdown");
  }
}
