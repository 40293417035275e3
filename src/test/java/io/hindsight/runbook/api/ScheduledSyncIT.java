package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.SuiteDeployment;
import io.hindsight.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduled sync of every repository, run as its timer runs it: a repository that fails is
 * recorded as failed and stops neither the repositories after it nor rolls back those before it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledSyncIT {

  private final URL base = SuiteDeployment.base();

  @Test
  void aBrokenRepositoryNeitherStopsNorRollsBackTheOthers() {
    String run = uniqueKey("sched");
    String before = run + "-a";
    String broken = run + "-b";
    String after = run + "-c";
    BareRemote beforeRemote = remote("remotes", before);
    String beforeHead =
        beforeRemote.commit("Ana Lima", "Runbook", files("disk-full.md", "# Disk full"));
    BareRemote afterRemote = remote("remotes", after);
    String afterHead =
        afterRemote.commit("Bo Chen", "Runbook", files("node-down.md", "# Node down"));
    ApiClient admin = ApiClient.signedIn(base, "admin");
    register(admin, registration(before, beforeRemote.url(), null));
    register(
        admin,
        RepositoryFixtures.body(broken, "https://git.invalid:9/" + broken + ".git", null)
            .add("credential", Json.createObjectBuilder().add("kind", "token").add("token", "t"))
            .build()
            .toString());
    register(admin, registration(after, afterRemote.url(), null));
    String altered = "v1:" + Base64.getEncoder().encodeToString(new byte[48]);
    assertThat(
            TestDatabase.update(
                "update runbook_repository set credential_secret = ? where repo_key = ?",
                altered,
                broken))
        .isEqualTo(1);

    ApiClient.Reply scheduled = admin.post("api/it/scheduled-sync", "");

    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(204);
    JsonObject first = repository(admin, before);
    assertThat(first.getString("syncState")).isEqualTo("ok");
    assertThat(first.getString("indexedCommit", "")).isEqualTo(beforeHead);
    JsonObject failed = repository(admin, broken);
    assertThat(failed.getString("syncState")).isEqualTo("failed");
    assertThat(failed.getString("lastSyncError", "")).contains("cannot be decrypted");
    JsonObject last = repository(admin, after);
    assertThat(last.getString("syncState")).isEqualTo("ok");
    assertThat(last.getString("indexedCommit", "")).isEqualTo(afterHead);
    assertThat(admin.get("api/v1/runbooks?repository=" + after).json().getInt("total"))
        .isEqualTo(1);
  }

  private static JsonObject repository(ApiClient admin, String key) {
    ApiClient.Reply reply = admin.get("api/v1/repositories/" + key);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}
