package io.hindsight.change;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import java.util.UUID;

/** A runbook repository with a file:// remote, registered and synced, for change request tests. */
public final class ChangeFixtures {

  public static final String PATH = "runbooks/database-restore.md";
  public static final String ORIGINAL =
      "---\ntitle: Database restore\nowner: dba\n---\n# Database restore\n\n## Steps\n\n"
          + "1. Stop writes\n2. Restore the snapshot\n\n## Rollback\n\nUndo it.\n";

  private ChangeFixtures() {}

  public static String key(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static BareRemote repository(ApiClient admin, String key) {
    BareRemote remote =
        BareRemote.create(
            TestServer.dataDir().resolve("change-remotes").resolve(key + ".git"), "main");
    remote.commit(
        "Ana Lima", "Add the restore runbook", files(PATH, ORIGINAL, "README.md", "# Runbooks\n"));
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
    FirstSync.await(admin, key);
    ApiClient.Reply synced = admin.post("api/v1/repositories/" + key + "/sync", "");
    assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
    return remote;
  }
}
