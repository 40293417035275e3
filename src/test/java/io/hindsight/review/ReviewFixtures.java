package io.hindsight.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/**
 * Repositories and runbooks the review tests register through the API, under names of their own.
 */
final class ReviewFixtures {

  private ReviewFixtures() {}

  /** A repository key no other test uses: {@code prefix-} and eight random characters. */
  static String uniqueKey(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Registers a repository of {@code files} as the admin and waits until it is synced. */
  static BareRemote register(URL base, String key, Map<String, ?> files) {
    BareRemote remote =
        BareRemote.create(
            TestServer.dataDir().resolve("review-remotes").resolve(key + ".git"), "main");
    remote.commit("Ana Lima", "Runbooks", files);
    ApiClient admin = ApiClient.signedIn(base, "admin");
    ApiClient.Reply registered =
        admin.post(
            "api/v1/repositories",
            Json.createObjectBuilder()
                .add("key", key)
                .add("name", "Runbooks " + key)
                .add("url", remote.url())
                .add("branch", "main")
                .build()
                .toString());
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    FirstSync.await(admin, key);
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(200);
    return remote;
  }

  /** A runbook the demo user {@code reviewer} owns, last reviewed on {@code reviewed}. */
  static String runbook(String title, String reviewed) {
    return "---\nowner: reviewer\nlast_reviewed: "
        + reviewed
        + "\n---\n# "
        + title
        + "\n\n## Steps\n\n1. Look.\n";
  }

  /** The queue item of {@code path} in {@code key}, due or not. */
  static JsonObject item(ApiClient client, String key, String path) {
    ApiClient.Reply reply = client.get("api/v1/reviews?all=true&size=200&repository=" + key);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return ReviewApiIT.item(reply.json(), path);
  }

  /** Records a review of {@code path} as {@code client}; answers the review as recorded. */
  static JsonObject review(
      ApiClient client, String key, String path, String outcome, String notes) {
    JsonObject item = item(client, key, path);
    ApiClient.Reply recorded =
        client.post(
            "api/v1/reviews/" + item.getJsonNumber("id").longValue() + "/reviews",
            Json.createObjectBuilder()
                .add("version", item.getJsonNumber("version").longValue())
                .add("outcome", outcome)
                .add("notes", notes)
                .build()
                .toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    return recorded.json();
  }
}
