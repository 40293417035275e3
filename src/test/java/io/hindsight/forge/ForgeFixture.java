package io.hindsight.forge;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A runbook repository with a real bare remote, registered and synced, and the steps a forge test
 * takes with it: a runbook-update action item and its change request submitted, the outbox drained,
 * the forge messages read back, a webhook delivered.
 */
final class ForgeFixture {

  static final String PATH = "runbooks/cache-flush.md";
  static final String ORIGINAL =
      "---\ntitle: Cache flush\nowner: reviewer2\n---\n# Cache flush\n\n## Steps\n\n"
          + "1. Drain traffic\n2. Flush the cache\n";

  final URL base;
  final ApiClient admin;
  final String key;
  final BareRemote remote;
  final String webhookSecret;

  ForgeFixture(URL base, String prefix) {
    this.base = base;
    admin = ApiClient.signedIn(base, "admin");
    key = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    remote =
        BareRemote.create(
            TestServer.dataDir().resolve("forge-remotes").resolve(key + ".git"), "main");
    remote.commit("Ana Lima", "Add the cache runbook", files(PATH, ORIGINAL));
    ApiClient.Reply registered =
        admin.post(
            "api/v1/repositories",
            Json.createObjectBuilder()
                .add("key", key)
                .add("name", "Runbooks " + key)
                .add("url", remote.url())
                .add("branch", "main")
                .add("folder", "runbooks")
                .build()
                .toString());
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    webhookSecret = registered.json().getString("webhookSecret");
    FirstSync.await(admin, key);
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(200);
  }

  ApiClient.Reply linkForge(String kind, String apiUrl, String project, String token) {
    return admin.put(
        "api/v1/repositories/" + key + "/forge",
        Json.createObjectBuilder()
            .add("kind", kind)
            .add("apiUrl", apiUrl)
            .add("project", project)
            .add("token", token)
            .build()
            .toString());
  }

  /** A runbook-update action item for the runbook, and its change request, saved and submitted. */
  JsonObject submittedChange(ApiClient author) {
    PostmortemApi postmortems = new PostmortemApi(base);
    String postmortem = postmortems.draft("P1");
    ApiClient.Reply item =
        postmortems
            .as("responder")
            .post(
                "api/v1/action-items",
                Json.createObjectBuilder()
                    .add("postmortem", postmortem)
                    .add("title", "Say when the cache is flushed")
                    .add("kind", "runbook_update")
                    .add("priority", "high")
                    .add("owner", "viewer")
                    .add(
                        "runbook",
                        Json.createObjectBuilder().add("repository", key).add("path", PATH))
                    .build()
                    .toString());
    assertThat(item.status()).as(item.toString()).isEqualTo(201);
    long itemId = item.json().getJsonNumber("id").longValue();
    ApiClient.Reply opened =
        author.post(
            "api/v1/change-requests",
            Json.createObjectBuilder()
                .add("sourceKind", "action-item")
                .add("sourceKey", String.valueOf(itemId))
                .build()
                .toString());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    JsonObject saved = save(author, id, ORIGINAL + "3. Check the hit rate\n", 0);
    JsonObject submitted = action(author, id, "submit", saved.getInt("version"));
    return Json.createObjectBuilder(submitted).add("actionItem", itemId).build();
  }

  static JsonObject save(ApiClient client, long id, String content, int version) {
    ApiClient.Reply reply =
        client.put(
            "api/v1/change-requests/" + id + "/content",
            Json.createObjectBuilder()
                .add("version", version)
                .add("content", content)
                .build()
                .toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static JsonObject action(ApiClient client, long id, String action, int version) {
    ApiClient.Reply reply =
        client.post(
            "api/v1/change-requests/" + id + "/" + action,
            Json.createObjectBuilder().add("version", version).build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** Asks for changes, saves a new commit and submits again. */
  static void resubmitted(ApiClient author, ApiClient reviewer, long id) {
    JsonObject current = summary(author, id);
    ApiClient.Reply asked =
        reviewer.post(
            "api/v1/change-requests/" + id + "/reviews",
            Json.createObjectBuilder()
                .add("verdict", "request_changes")
                .add("comment", "Say how long the flush takes")
                .add("version", current.getInt("version"))
                .build()
                .toString());
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    JsonObject saved =
        save(
            author,
            id,
            ORIGINAL + "3. Check the hit rate\n4. The flush takes about a minute\n",
            asked.json().getInt("version"));
    action(author, id, "submit", saved.getInt("version"));
  }

  /** The change request as its list entry shows it (state, version, merge commit). */
  static JsonObject summary(ApiClient client, long id) {
    JsonObject detail = client.get("api/v1/change-requests/" + id).json();
    return detail.containsKey("summary") ? detail.getJsonObject("summary") : detail;
  }

  /** The repository's outbox messages, newest first. */
  JsonObject forgeMessage(int index) {
    ApiClient.Reply log = admin.get("api/v1/notifications?recipient=" + key + "&limit=50");
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    return log.json().getJsonArray("items").getJsonObject(index);
  }

  int forgeMessages() {
    return admin
        .get("api/v1/notifications?recipient=" + key + "&limit=50")
        .json()
        .getJsonArray("items")
        .size();
  }

  void drain() {
    ApiClient.Reply reply = admin.post("api/it/notify/drain", "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  static void dueNow(long messageId) {
    assertThat(
            TestDatabase.update(
                "update notification_message set next_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                messageId))
        .isEqualTo(1);
  }

  HttpResponse<String> webhook(String repository, Map<String, String> headers, byte[] body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/webhooks/forge/" + repository))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
