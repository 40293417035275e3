package io.hindsight.runbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * Bare remotes under the IT data directory and repository registrations for the repository tests.
 */
final class RepositoryFixtures {

  private RepositoryFixtures() {}

  static String uniqueKey(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static BareRemote remote(String folder, String key) {
    return BareRemote.create(TestServer.dataDir().resolve(folder).resolve(key + ".git"), "main");
  }

  static String registration(String key, String url, String folder) {
    return body(key, url, folder).build().toString();
  }

  static JsonObjectBuilder body(String key, String url, String folder) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("key", key)
            .add("name", "Runbooks " + key)
            .add("url", url)
            .add("branch", "main");
    if (folder != null) {
      body.add("folder", folder);
    }
    return body;
  }

  static JsonObject register(ApiClient admin, String json) {
    ApiClient.Reply reply = admin.post("api/v1/repositories", json);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    FirstSync.await(admin, reply.json().getJsonObject("repository").getString("key"));
    return reply.json();
  }

  static JsonObject sync(ApiClient client, String key) {
    ApiClient.Reply reply = client.post("api/v1/repositories/" + key + "/sync", "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}
