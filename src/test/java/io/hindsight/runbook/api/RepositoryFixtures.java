package io.hindsight.runbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.nio.file.Path;
import java.util.UUID;

/** Bare remotes under the IT data directory and API clients for the repository tests. */
final class RepositoryFixtures {

  private RepositoryFixtures() {}

  static Path dataDir() {
    return Path.of(System.getProperty("it.data.dir", "target/it-data")).toAbsolutePath();
  }

  static String uniqueKey(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static BareRemote remote(String folder, String key) {
    return BareRemote.create(dataDir().resolve(folder).resolve(key + ".git"), "main");
  }

  static ApiClient as(URL base, String user, String password) {
    ApiClient.Reply issued =
        new ApiClient(base).basic(user, password).post("api/v1/tokens", "{\"name\":\"repo it\"}");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return new ApiClient(base).bearer(issued.json().getString("token"));
  }

  static ApiClient admin(URL base) {
    return as(base, "admin", "it-admin-password");
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
    return reply.json();
  }

  static JsonObject sync(ApiClient client, String key) {
    ApiClient.Reply reply = client.post("api/v1/repositories/" + key + "/sync", "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}
