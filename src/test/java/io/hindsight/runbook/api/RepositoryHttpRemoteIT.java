package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.sync;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.change.ChangeFixtures;
import io.hindsight.change.Pushes;
import io.hindsight.platform.crypto.TimestampedSignature;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.SuiteDeployment;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jgit.lib.Repository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A remote over smart HTTP with a token, served by a deployment of its own next to Hindsight's; the
 * token never shows in the API or the server log; push webhooks signed with the repository's
 * secret.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RepositoryHttpRemoteIT {

  @Deployment(name = "git-server", testable = false)
  static WebArchive gitServer() throws URISyntaxException {
    File jgit =
        new File(Repository.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ShrinkWrap.create(WebArchive.class, "git-server.war")
        .addClass(GitServerServlet.class)
        .addAsLibrary(jgit);
  }

  private final URL base = SuiteDeployment.base();

  @ArquillianResource
  @OperateOnDeployment("git-server")
  URL gitServer;

  @Test
  void syncsOverSmartHttpWithATokenThatIsNeverShownOrLogged() throws IOException {
    String key = uniqueKey("http");
    BareRemote remote = remote(GitServerServlet.FOLDER, key);
    String commit = remote.commit("Ana Lima", "Over HTTP", files("http.md", "# Served over HTTP"));
    String url =
        gitServer.toString().replace("127.0.0.1", "localhost").replaceAll("/$", "")
            + "/"
            + key
            + ".git";
    ApiClient admin = ApiClient.signedIn(base, "admin");
    String body =
        RepositoryFixtures.body(key, url, null)
            .add(
                "credential",
                Json.createObjectBuilder()
                    .add("kind", "token")
                    .add("token", GitServerServlet.TOKEN))
            .build()
            .toString();

    JsonObject registered = register(admin, body);
    JsonObject synced = sync(admin, key);

    assertThat(synced.getString("commit")).isEqualTo(commit);
    assertThat(admin.get("api/v1/runbooks/" + key + "/http.md").json().getString("html"))
        .contains("Served over HTTP");
    assertThat(registered.toString()).doesNotContain(GitServerServlet.TOKEN);
    assertThat(registered.getJsonObject("repository").getString("credentialKind"))
        .isEqualTo("token");
    assertThat(admin.get("api/v1/repositories").body()).doesNotContain(GitServerServlet.TOKEN);
    assertThat(admin.get("api/v1/repositories/" + key).body())
        .doesNotContain(GitServerServlet.TOKEN);
    assertThat(serverLog())
        .contains("Synced runbook repository " + key)
        .doesNotContain(GitServerServlet.TOKEN);
  }

  /**
   * A merge pushed over smart HTTP with the repository's token: queued while the server answers
   * 503, pushed once when it is back.
   */
  @Test
  void aMergeIsPushedOverSmartHttpWithTheTokenOnceTheServerIsBack() throws IOException {
    String key = uniqueKey("httppush");
    BareRemote remote = remote(GitServerServlet.FOLDER, key);
    remote.commit("Ana Lima", "Runbook", files(ChangeFixtures.PATH, ChangeFixtures.ORIGINAL));
    GitCli.bare(remote.directory(), "config", "core.logAllRefUpdates", "true");
    String url = gitServer.toString().replace("127.0.0.1", "localhost").replaceAll("/$", "");
    ApiClient admin = ApiClient.signedIn(base, "admin");
    register(
        admin,
        RepositoryFixtures.body(key, url + "/" + key + ".git", "runbooks")
            .add(
                "credential",
                Json.createObjectBuilder()
                    .add("kind", "token")
                    .add("token", GitServerServlet.TOKEN))
            .build()
            .toString());
    FirstSync.await(admin, key);
    sync(admin, key);
    String edited = ChangeFixtures.ORIGINAL.replace("Stop writes", "Stop writes over HTTP");
    ApiClient reviewer = ApiClient.signedIn(base, "reviewer");
    long[] approved =
        ChangeFixtures.approved(
            ApiClient.signedIn(base, "responder"),
            reviewer,
            key + "/" + ChangeFixtures.PATH,
            "Over HTTP",
            edited);
    Path down = remote.directory().resolveSibling(key + ".git" + GitServerServlet.DOWN);
    Files.writeString(down, "");

    ApiClient.Reply merged = ChangeFixtures.merge(reviewer, approved);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    String commit = merged.json().getString("mergeCommit");
    assertThat(Pushes.await(reviewer, approved[0], "retrying").getString("error")).isNotBlank();
    Files.delete(down);
    Pushes.drain(admin, true);

    assertThat(Pushes.await(reviewer, approved[0], "pushed").getString("commit")).isEqualTo(commit);
    assertThat(GitCli.bare(remote.directory(), "reflog", "show", "--format=%H", "refs/heads/main"))
        .isEqualTo(commit + "\n");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + ChangeFixtures.PATH))
        .isEqualTo(edited);
    GitCli.bare(remote.directory(), "fsck", "--strict");
    assertThat(serverLog()).doesNotContain(GitServerServlet.TOKEN);
  }

  @Test
  void aWrongTokenFailsTheSyncClearly() {
    String key = uniqueKey("badtoken");
    BareRemote remote = remote(GitServerServlet.FOLDER, key);
    remote.commit("Ana Lima", "Runbook", files("x.md", "# X"));
    String url =
        gitServer.toString().replace("127.0.0.1", "localhost").replaceAll("/$", "")
            + "/"
            + key
            + ".git";
    ApiClient admin = ApiClient.signedIn(base, "admin");
    register(
        admin,
        RepositoryFixtures.body(key, url, null)
            .add(
                "credential",
                Json.createObjectBuilder().add("kind", "token").add("token", "wrong-token"))
            .build()
            .toString());

    ApiClient.Reply reply = admin.post("api/v1/repositories/" + key + "/sync", "");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    assertThat(reply.json().getString("detail")).contains("refused the credentials");
    assertThat(admin.get("api/v1/repositories/" + key).json().getString("syncState"))
        .isEqualTo("failed");
  }

  @Test
  void aSignedPushWebhookSyncsTheRepository() {
    String key = uniqueKey("hook");
    BareRemote remote = remote("remotes", key);
    remote.commit("Ana Lima", "First", files("hook.md", "# First"));
    ApiClient admin = ApiClient.signedIn(base, "admin");
    String secret =
        register(admin, registration(key, remote.url(), null)).getString("webhookSecret");
    sync(admin, key);
    String pushed = remote.commit("Bo Chen", "Second", files("hook.md", "# Second"));
    byte[] payload = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);
    ApiClient anonymous = new ApiClient(base);

    assertThat(hook(anonymous, key, payload, null).status()).isEqualTo(401);
    assertThat(hook(anonymous, key, payload, WebhookSignature.sign("wrong", payload)).status())
        .isEqualTo(401);
    assertThat(
            hook(anonymous, "nope-" + key, payload, WebhookSignature.sign(secret, payload))
                .status())
        .as("an unknown key reads like a wrong signature")
        .isEqualTo(401);
    assertThat(admin.get("api/v1/repositories/" + key).json().getString("indexedCommit"))
        .isNotEqualTo(pushed);

    assertThat(hook(anonymous, key, payload, WebhookSignature.sign(secret, payload)).status())
        .isEqualTo(202);
    assertThat(hook(anonymous, key, payload, WebhookSignature.sign(secret, payload)).status())
        .as("the same signed delivery again is a replay")
        .isEqualTo(409);

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String indexed = "";
    while (!indexed.equals(pushed) && Instant.now().isBefore(deadline)) {
      indexed = admin.get("api/v1/repositories/" + key).json().getString("indexedCommit", "");
    }
    assertThat(indexed).isEqualTo(pushed);

    ApiClient.Reply rotated = admin.post("api/v1/repositories/" + key + "/webhook-secret", "");
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
    String newSecret = rotated.json().getString("webhookSecret");
    assertThat(newSecret).isNotEqualTo(secret);
    byte[] next = "{\"ref\":\"refs/heads/main\",\"n\":2}".getBytes(StandardCharsets.UTF_8);
    assertThat(hook(anonymous, key, next, WebhookSignature.sign(secret, next)).status())
        .as("the old secret stops working")
        .isEqualTo(401);
    assertThat(hook(anonymous, key, next, WebhookSignature.sign(newSecret, next)).status())
        .isEqualTo(202);
    assertThat(
            new ApiClient(base).post("api/v1/repositories/" + key + "/webhook-secret", "").status())
        .isEqualTo(401);
  }

  @Test
  void hindsightsTimestampedSignatureIsRefusedWhenReplayedOrStale() {
    String key = uniqueKey("stamp");
    BareRemote remote = remote("remotes", key);
    remote.commit("Ana Lima", "First", files("stamp.md", "# First"));
    ApiClient admin = ApiClient.signedIn(base, "admin");
    String secret =
        register(admin, registration(key, remote.url(), null)).getString("webhookSecret");
    byte[] payload = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);
    ApiClient anonymous = new ApiClient(base);
    long now = Instant.now().getEpochSecond();
    String fresh = TimestampedSignature.sign(secret, now, payload);

    assertThat(stamped(anonymous, key, payload, now, fresh).status()).isEqualTo(202);
    ApiClient.Reply replayed = stamped(anonymous, key, payload, now, fresh);
    assertThat(replayed.status()).as("the same delivery again").isEqualTo(409);

    long dayAgo = now - Duration.ofHours(25).toSeconds();
    ApiClient.Reply captured =
        stamped(
            anonymous, key, payload, dayAgo, TimestampedSignature.sign(secret, dayAgo, payload));
    assertThat(captured.status()).as("a delivery captured a day ago").isEqualTo(401);
    assertThat(captured.json().getString("detail")).contains("accepted only while fresh");

    assertThat(stamped(anonymous, key, payload, now + 1, fresh).status())
        .as("a timestamp moved forward no longer matches its signature")
        .isEqualTo(401);
    assertThat(
            stamped(
                    anonymous,
                    "nope-" + key,
                    payload,
                    now,
                    TimestampedSignature.sign(secret, now, payload))
                .status())
        .isEqualTo(401);
  }

  @Test
  void aPushDuringASyncIsFetchedRightAfterIt() throws IOException {
    String key = uniqueKey("busy");
    BareRemote remote = remote(GitServerServlet.FOLDER, key);
    remote.commit("Ana Lima", "First", files("busy.md", "# First"));
    String url =
        gitServer.toString().replace("127.0.0.1", "localhost").replaceAll("/$", "")
            + "/"
            + key
            + ".git";
    ApiClient admin = ApiClient.signedIn(base, "admin");
    String secret =
        register(
                admin,
                RepositoryFixtures.body(key, url, null)
                    .add(
                        "credential",
                        Json.createObjectBuilder()
                            .add("kind", "token")
                            .add("token", GitServerServlet.TOKEN))
                    .build()
                    .toString())
            .getString("webhookSecret");
    FirstSync.await(admin, key);
    remote.commit("Ana Lima", "Between", files("busy.md", "# Between"));
    Path served = remote.directory().getParent();
    Path gate = Files.writeString(served.resolve(key + ".git" + GitServerServlet.GATE), "");
    byte[] payload = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);
    ApiClient anonymous = new ApiClient(base);

    assertThat(hook(anonymous, key, payload, WebhookSignature.sign(secret, payload)).status())
        .isEqualTo(202);
    Path waiting = served.resolve(key + ".git" + GitServerServlet.WAITING);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!Files.exists(waiting) && Instant.now().isBefore(deadline)) {
      sleep();
    }
    assertThat(waiting).as("the first sync fetches and waits").exists();
    String pushed = remote.commit("Bo Chen", "Second", files("busy.md", "# Second"));
    byte[] second =
        ("{\"ref\":\"refs/heads/main\",\"after\":\"" + pushed + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(hook(anonymous, key, second, WebhookSignature.sign(secret, second)).status())
        .isEqualTo(202);
    Files.delete(gate);

    deadline = Instant.now().plus(Duration.ofSeconds(30));
    String indexed = "";
    while (!indexed.equals(pushed) && Instant.now().isBefore(deadline)) {
      sleep();
      indexed = admin.get("api/v1/repositories/" + key).json().getString("indexedCommit", "");
    }
    assertThat(indexed).isEqualTo(pushed);
    assertThat(admin.get("api/v1/runbooks/" + key + "/busy.md").json().getString("html"))
        .contains("Second");
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ApiClient.Reply hook(
      ApiClient client, String key, byte[] payload, String signature) {
    var request =
        client
            .request("api/v1/webhooks/" + key)
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(payload));
    if (signature != null) {
      request.header(WebhookSignature.HEADER, signature);
    }
    return client.raw(request);
  }

  private static ApiClient.Reply stamped(
      ApiClient client, String key, byte[] payload, long timestamp, String signature) {
    return client.raw(
        client
            .request("api/v1/webhooks/" + key)
            .header("Content-Type", "application/json")
            .header(TimestampedSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
            .header(TimestampedSignature.SIGNATURE_HEADER, signature)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(payload)));
  }

  private static String serverLog() throws IOException {
    return Files.readString(TestServer.serverLog(), StandardCharsets.ISO_8859_1);
  }
}
