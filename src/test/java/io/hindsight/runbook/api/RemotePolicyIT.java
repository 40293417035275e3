package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Safe remotes (issue 15, parts 4 and 8): refused remotes store nothing, a new host needs the
 * secret again, viewers see a failure's category and admins its detail, and a fetch over the limits
 * keeps nothing. The test server allows file:// remotes under its data directory and lets the
 * repository {@code limit-it} fetch 3 objects at most (pom.xml).
 */
class RemotePolicyIT extends OverHttp {

  private ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = api("admin");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc",
        "file:///var/backups/hindsight.git",
        "file://" + "/tmp/../etc/x.git",
        "http://127.0.0.1:9990/management",
        "http://127.0.0.2:8080/x.git",
        "http://169.254.169.254/latest/meta-data",
        "https://10.0.0.1/x.git",
        "https://[::1]/x.git",
        "ssh://git@192.168.1.1/x.git"
      })
  void refusedRemotesAre400NamingTheUrlAndStoreNothing(String url) {
    String key = uniqueKey("refused");
    ApiClient.Reply reply = admin.post("api/v1/repositories", registration(key, url, null));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("url");
    assertThat(admin.get("api/v1/repositories/" + key).status()).isEqualTo(404);
  }

  @Test
  void aTokenIsRefusedOverPlainHttp() {
    String key = uniqueKey("plain");
    ApiClient.Reply reply =
        admin.post(
            "api/v1/repositories",
            RepositoryFixtures.body(key, "http://git.example.com/ops/runbooks.git", null)
                .add(
                    "credential", Json.createObjectBuilder().add("kind", "token").add("token", "t"))
                .build()
                .toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.body()).contains("credential.kind", "never over plain http://");
    assertThat(admin.get("api/v1/repositories/" + key).status()).isEqualTo(404);
  }

  @Test
  void aNewHostNeedsTheSecretAgain() {
    String key = uniqueKey("host");
    register(
        admin,
        RepositoryFixtures.body(key, "https://git.example.com/ops/runbooks.git", null)
            .add("credential", tokenOf("first-token"))
            .build()
            .toString());
    TestDatabase.update(
        "update runbook_repository set credential_secret = ? where repo_key = ?", "marker", key);

    ApiClient.Reply moved =
        admin.put(
            "api/v1/repositories/" + key,
            change(key, "https://attacker.example.net/ops/runbooks.git", kindOnly()));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(400);
    assertThat(moved.body())
        .contains("credential.token", "must be entered again: the remote's host changed");
    assertThat(admin.get("api/v1/repositories/" + key).json().getString("url"))
        .isEqualTo("https://git.example.com/ops/runbooks.git");
    assertThat(secretIs(key, "marker")).isTrue();

    ApiClient.Reply samePlace =
        admin.put(
            "api/v1/repositories/" + key,
            change(key, "https://git.example.com/ops/other.git", kindOnly()));
    assertThat(samePlace.status()).as(samePlace.toString()).isEqualTo(200);
    assertThat(secretIs(key, "marker")).isTrue();

    ApiClient.Reply reentered =
        admin.put(
            "api/v1/repositories/" + key,
            change(key, "https://attacker.example.net/ops/runbooks.git", tokenOf("second")));
    assertThat(reentered.status()).as(reentered.toString()).isEqualTo(200);
    assertThat(secretIs(key, "marker")).isFalse();
    assertThat(reentered.json().getString("credentialKind")).isEqualTo("token");
  }

  @Test
  void viewersSeeTheCategoryAndAdminsTheDetail() {
    String key = uniqueKey("gone");
    Path missing = TestServer.dataDir().resolve("remotes/missing-" + key + ".git");
    register(admin, registration(key, "file://" + missing, null));

    ApiClient.Reply byResponder = api("responder").post(sync(key), "");
    assertThat(byResponder.status()).isEqualTo(422);
    assertThat(byResponder.json().getString("detail"))
        .isEqualTo("The sync failed (not found) and the previous index was kept.");
    ApiClient.Reply byAdmin = admin.post(sync(key), "");
    assertThat(byAdmin.json().getString("detail"))
        .isEqualTo(
            "The sync failed (not found) and the previous index was kept: There is no Git"
                + " repository at file://"
                + missing
                + ".");

    JsonObject seenByViewer = api("viewer").get("api/v1/repositories/" + key).json();
    assertThat(seenByViewer.getString("syncState")).isEqualTo("failed");
    assertThat(seenByViewer.getString("lastSyncFailure")).isEqualTo("not found");
    assertThat(seenByViewer.containsKey("lastSyncError")).isFalse();
    JsonObject seenByAdmin = admin.get("api/v1/repositories/" + key).json();
    assertThat(seenByAdmin.getString("lastSyncError")).startsWith("There is no Git repository");

    TestDatabase.update(
        "update runbook_repository set remote_url = ? where repo_key = ?",
        "file:///etc/" + key + ".git",
        key);
    admin.post(sync(key), "");
    JsonObject refused = api("viewer").get("api/v1/repositories/" + key).json();
    assertThat(refused.getString("lastSyncFailure")).isEqualTo("refused by policy");
    assertThat(refused.containsKey("lastSyncError")).isFalse();
    assertThat(admin.get("api/v1/repositories/" + key).json().getString("lastSyncError"))
        .contains("must lie under one of the directories");
  }

  @Test
  void aFetchOverTheLimitKeepsNothing() throws IOException {
    String key = "limit-it";
    admin.delete("api/v1/repositories/" + key);
    BareRemote remote = RepositoryFixtures.remote("remotes", uniqueKey(key));
    remote.commit("Ana Lima", "Runbooks", files("a.md", "# A", "b.md", "# B", "c.md", "# C"));
    register(admin, registration(key, remote.url(), null));

    ApiClient.Reply synced = admin.post(sync(key), "");
    assertThat(synced.status()).as(synced.toString()).isEqualTo(422);
    assertThat(synced.json().getString("detail"))
        .startsWith("The sync failed (too large) and the previous index was kept:")
        .contains("5 objects, more than the limit of 3", "Nothing of it was kept");

    JsonObject repository = api("viewer").get("api/v1/repositories/" + key).json();
    assertThat(repository.getString("lastSyncFailure")).isEqualTo("too large");
    assertThat(repository.containsKey("indexedCommit")).isFalse();
    assertThat(admin.get("api/v1/runbooks?repository=" + key).json().getInt("total")).isZero();
    Path objects = TestServer.dataDir().resolve("repositories/" + key + ".git/objects");
    try (Stream<Path> files = Files.walk(objects)) {
      List<Path> kept =
          files
              .filter(Files::isRegularFile)
              .filter(file -> !file.startsWith(objects.resolve("info")))
              .toList();
      assertThat(kept).isEmpty();
    }
    assertThat(admin.delete("api/v1/repositories/" + key).status()).isEqualTo(204);
  }

  private static String sync(String key) {
    return "api/v1/repositories/" + key + "/sync";
  }

  /** A change of the repository at its current version. */
  private String change(String key, String url, JsonObject credential) {
    long version = FirstSync.await(admin, key).getJsonNumber("version").longValue();
    return RepositoryFixtures.body(key, url, null)
        .add("credential", credential)
        .add("version", version)
        .build()
        .toString();
  }

  private static JsonObject tokenOf(String token) {
    return Json.createObjectBuilder().add("kind", "token").add("token", token).build();
  }

  private static JsonObject kindOnly() {
    return Json.createObjectBuilder().add("kind", "token").build();
  }

  private static boolean secretIs(String key, String value) {
    return TestDatabase.update(
            "update runbook_repository set name = name where repo_key = ? and credential_secret = ?",
            key,
            value)
        == 1;
  }
}
