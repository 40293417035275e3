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

  /**
   * A change request on {@code runbook} ({@code repository/path}) by {@code author} with {@code
   * content}, submitted and approved by {@code reviewer}: its id and version to merge at.
   */
  public static long[] approved(
      ApiClient author, ApiClient reviewer, String runbook, String title, String content) {
    return approved(author, reviewer, runbook, title, content, null);
  }

  /** As above, the change answering an incident (a free edit when {@code incident} is null). */
  public static long[] approved(
      ApiClient author,
      ApiClient reviewer,
      String runbook,
      String title,
      String content,
      String incident) {
    return approvedEdit(author, reviewer, runbook, title, shown -> content, incident);
  }

  /**
   * As above, the text written the way an editor writes it: {@code edit} turns the text the opened
   * change shows (the base branch's when it opened) into the text saved.
   */
  public static long[] approvedEdit(
      ApiClient author,
      ApiClient reviewer,
      String runbook,
      String title,
      java.util.function.UnaryOperator<String> edit,
      String incident) {
    var open = Json.createObjectBuilder().add("runbook", runbook).add("title", title);
    if (incident != null) {
      open.add("sourceKind", "incident").add("sourceKey", incident);
    }
    ApiClient.Reply opened = author.post("api/v1/change-requests", open.build().toString());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    ApiClient.Reply shown = author.get("api/v1/change-requests/" + id);
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    ApiClient.Reply saved =
        author.put(
            "api/v1/change-requests/" + id + "/content",
            Json.createObjectBuilder()
                .add("version", shown.json().getJsonObject("summary").getInt("version"))
                .add("content", edit.apply(shown.json().getString("after")))
                .add("significant", true)
                .build()
                .toString());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiClient.Reply submitted =
        author.post(
            "api/v1/change-requests/" + id + "/submit", version(saved.json().getInt("version")));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    ApiClient.Reply approved =
        reviewer.post(
            "api/v1/change-requests/" + id + "/reviews",
            Json.createObjectBuilder()
                .add("verdict", "approve")
                .add("comment", "Looks right")
                .add("version", submitted.json().getInt("version"))
                .build()
                .toString());
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return new long[] {id, approved.json().getInt("version")};
  }

  /** Merges an approved change request; the reply as it came. */
  public static ApiClient.Reply merge(ApiClient merger, long[] approved) {
    return merger.post(
        "api/v1/change-requests/" + approved[0] + "/merge", version((int) approved[1]));
  }

  private static String version(int version) {
    return Json.createObjectBuilder().add("version", version).build().toString();
  }
}
