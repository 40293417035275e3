package io.hindsight.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.Redeploy;
import io.hindsight.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The push queue against bare remotes over file://: a remote that is down, then back; a remote
 * whose branch moved meanwhile, in other lines and in the same lines. The git CLI checks what the
 * remote got.
 */
class ChangePushIT extends OverHttp {

  private static final String PATH = ChangeFixtures.PATH;

  /**
   * Simulates a crash between the merge's commit and its push: the remote is away when the merge
   * commits, so the push row is committed and the push has not happened (the state a node that died
   * right after the commit leaves behind); then the remote is back and two worker runs start at
   * once, as after a restart (on one node: the row lock that keeps two nodes apart is not exercised
   * on H2). The remote's reflog shows the push happened once.
   */
  @Test
  void aRemoteThatIsDownDelaysThePushWhichHappensOnceWhenItIsBack() throws IOException {
    String key = ChangeFixtures.key("push-down");
    ApiClient admin = api("admin");
    BareRemote remote = ChangeFixtures.repository(admin, key);
    GitCli.bare(remote.directory(), "config", "core.logAllRefUpdates", "true");
    ApiClient author = api("responder");
    String mail = "push-" + key + "@example.com";
    assertThat(author.put("api/v1/me/email", mail(mail)).status()).isEqualTo(200);
    String edited = ChangeFixtures.ORIGINAL.replace("Stop writes", "Stop all writes");
    long[] approved =
        ChangeFixtures.approved(
            author, api("reviewer"), key + "/" + PATH, "Stop all writes", edited);
    Path away = remote.directory().resolveSibling(key + ".away");
    Files.move(remote.directory(), away);

    ApiClient.Reply merged = ChangeFixtures.merge(api("reviewer"), approved);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    String commit = merged.json().getString("mergeCommit");
    String tag = merged.json().getString("tag");
    long id = approved[0];
    JsonObject retrying = Pushes.await(author, id, "retrying");
    assertThat(retrying.getString("error")).contains(key);
    assertThat(retrying.getInt("attempts")).isEqualTo(1);
    assertThat(retrying.containsKey("nextAttemptAt")).isTrue();

    Files.move(away, remote.directory());
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> Pushes.drain(admin, true));
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> Pushes.drain(admin, true));
    assertThat(List.of(one.join(), two.join())).allMatch(attempted -> attempted <= 1);
    JsonObject pushed = Pushes.await(author, id, "pushed");
    assertThat(pushed.getString("commit")).isEqualTo(commit);
    assertThat(pushed.getInt("attempts")).isGreaterThanOrEqualTo(2);
    assertThat(pushed.containsKey("error")).isFalse();
    assertThat(Pushes.drain(admin, true)).as("nothing is due any more").isZero();

    String branch =
        author
            .get("api/v1/change-requests/" + id)
            .json()
            .getJsonObject("summary")
            .getString("branch");
    assertThat(GitCli.bare(remote.directory(), "reflog", "show", "--format=%H", "refs/heads/main"))
        .as("the base branch moved once, by one push")
        .isEqualTo(commit + "\n");
    assertThat(
            GitCli.bare(
                remote.directory(), "reflog", "show", "--format=%H", "refs/heads/" + branch))
        .as("the branch was pushed when the change opened and when it was saved; the merge's push")
        .isEqualTo(commit + "\n" + parentOf(remote, commit) + "\n");
    Path clone = cloned(remote, key);
    GitCli.in(clone, Map.of(), "fsck", "--strict");
    assertThat(GitCli.in(clone, Map.of(), "log", "-1", "--format=%ae|%cn|%s|%P", "origin/main"))
        .isEqualTo(mail + "|Hindsight|Stop all writes|" + parentOf(remote, commit) + "\n");
    assertThat(GitCli.in(clone, Map.of(), "log", "-1", "--format=%B", "origin/main"))
        .contains("Stop all writes");
    assertThat(GitCli.in(clone, Map.of(), "cat-file", "-t", tag)).isEqualTo("tag\n");
    assertThat(GitCli.in(clone, Map.of(), "rev-parse", tag + "^{commit}")).isEqualTo(commit + "\n");
    assertThat(GitCli.in(clone, Map.of(), "show", "origin/main:" + PATH)).isEqualTo(edited);
  }

  /**
   * A save while the remote is away: kept and shown, and its branch pushed by the catch-up once the
   * remote is back; a second catch-up finds nothing behind, and the catch-up is no new version.
   */
  @Test
  void aSaveWhileTheRemoteIsAwayIsKeptAndItsBranchPushedOnceItIsBack() throws IOException {
    String key = ChangeFixtures.key("save-away");
    ApiClient admin = api("admin");
    BareRemote remote = ChangeFixtures.repository(admin, key);
    ApiClient author = api("responder");
    ApiClient.Reply opened =
        author.post(
            "api/v1/change-requests",
            Json.createObjectBuilder()
                .add("runbook", key + "/" + PATH)
                .add("title", "Stop all writes")
                .build()
                .toString());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    String branch = opened.json().getString("branch");
    Path away = remote.directory().resolveSibling(key + ".away");
    Files.move(remote.directory(), away);

    String edited = ChangeFixtures.ORIGINAL.replace("Stop writes", "Stop all writes");
    ApiClient.Reply saved =
        author.put(
            "api/v1/change-requests/" + id + "/content",
            Json.createObjectBuilder()
                .add("version", opened.json().getInt("version"))
                .add("content", edited)
                .build()
                .toString());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    JsonObject shown = author.get("api/v1/change-requests/" + id).json();
    assertThat(shown.getString("after")).isEqualTo(edited);
    String head = shown.getString("headCommit");

    // Back: the catch-up (this call, or the timer's meanwhile) pushes the save.
    Files.move(away, remote.directory());
    Pushes.branchesBehind(admin);
    assertThat(GitCli.bare(remote.directory(), "rev-parse", branch)).isEqualTo(head + "\n");
    assertThat(Pushes.branchesBehind(admin)).as("nothing is behind any more").isZero();
    assertThat(
            author
                .get("api/v1/change-requests/" + id)
                .json()
                .getJsonObject("summary")
                .getInt("version"))
        .as("the catch-up is not a new version of the change")
        .isEqualTo(saved.json().getInt("version"));
  }

  /**
   * A redeploy between the merge and its push: the push waits in the queue (the remote is away when
   * the merge commits), the application is redeployed, and after it the push goes out once.
   */
  @Test
  void aPushLeftQueuedByARedeployGoesOutOnceAfterIt() throws IOException {
    String key = ChangeFixtures.key("push-redeploy");
    ApiClient admin = api("admin");
    BareRemote remote = ChangeFixtures.repository(admin, key);
    GitCli.bare(remote.directory(), "config", "core.logAllRefUpdates", "true");
    String edited = ChangeFixtures.ORIGINAL.replace("Undo it.", "Undo it, then check the rows.");
    long[] approved =
        ChangeFixtures.approved(
            api("responder"), api("reviewer"), key + "/" + PATH, "Check the rows", edited);
    Path away = remote.directory().resolveSibling(key + ".away");
    Files.move(remote.directory(), away);
    ApiClient.Reply merged = ChangeFixtures.merge(api("reviewer"), approved);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    String commit = merged.json().getString("mergeCommit");
    Pushes.await(admin, approved[0], "retrying");
    Files.move(away, remote.directory());

    Redeploy.hindsight();

    ApiClient reader = api("reviewer");
    JsonObject pushed = Pushes.await(reader, approved[0], "pushed");
    assertThat(pushed.getString("commit")).isEqualTo(commit);
    assertThat(GitCli.bare(remote.directory(), "reflog", "show", "--format=%H", "refs/heads/main"))
        .as("pushed once, after the redeploy")
        .isEqualTo(commit + "\n");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + PATH)).isEqualTo(edited);
    GitCli.bare(remote.directory(), "fsck", "--strict");
  }

  @Test
  void aRemoteBranchThatMovedElsewhereGetsTheMergeOnTopOfItNothingOverwritten() throws IOException {
    String key = ChangeFixtures.key("push-moved");
    ApiClient admin = api("admin");
    BareRemote remote = ChangeFixtures.repository(admin, key);
    ApiClient author = api("responder");
    String edited =
        ChangeFixtures.ORIGINAL.replace("Undo it.", "Undo it, then check the replicas.");
    long[] approved =
        ChangeFixtures.approved(
            author, api("reviewer"), key + "/" + PATH, "Check replicas", edited);
    String theirs =
        remote.commit("Bo Berg", "Readme by hand", Map.of("README.md", "# Runbooks, by hand\n"));

    ApiClient.Reply merged = ChangeFixtures.merge(api("reviewer"), approved);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    String ours = merged.json().getString("mergeCommit");
    JsonObject pushed = Pushes.await(author, approved[0], "pushed");
    String joined = pushed.getString("commit");

    assertThat(joined).isNotEqualTo(ours);
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(joined + "\n");
    assertThat(GitCli.bare(remote.directory(), "log", "-1", "--format=%P|%cn", "main"))
        .as("the remote's commit first, Hindsight's merge second, nothing rewritten")
        .isEqualTo(theirs + " " + ours + "|Hindsight\n");
    assertThat(GitCli.bare(remote.directory(), "show", "main:README.md"))
        .isEqualTo("# Runbooks, by hand\n");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + PATH)).isEqualTo(edited);
    Path clone = cloned(remote, key);
    GitCli.in(clone, Map.of(), "fsck", "--strict");
    assertThat(GitCli.in(clone, Map.of(), "log", "--format=%s", "origin/main"))
        .contains("Readme by hand")
        .contains("Check replicas")
        .contains("Add the restore runbook");
  }

  @Test
  void aRemoteThatChangedTheSameLinesIsAConflictShownOnTheChangeRequest() {
    String key = ChangeFixtures.key("push-conflict");
    ApiClient admin = api("admin");
    BareRemote remote = ChangeFixtures.repository(admin, key);
    ApiClient author = api("responder");
    long[] approved =
        ChangeFixtures.approved(
            author,
            api("reviewer"),
            key + "/" + PATH,
            "Newest snapshot",
            ChangeFixtures.ORIGINAL.replace("Restore the snapshot", "Restore the newest snapshot"));
    String theirs =
        remote.commit(
            "Bo Berg",
            "Restore by hand",
            Map.of(
                PATH, ChangeFixtures.ORIGINAL.replace("Restore the snapshot", "Restore by hand")));

    assertThat(ChangeFixtures.merge(api("reviewer"), approved).status()).isEqualTo(200);
    JsonObject conflict = Pushes.await(author, approved[0], "conflict");

    assertThat(conflict.getString("error")).contains(PATH).contains("nothing was pushed");
    assertThat(conflict.containsKey("nextAttemptAt")).isFalse();
    assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(theirs + "\n");
    assertThat(Pushes.drain(admin, true)).as("a conflict is not retried").isZero();
  }

  private static String mail(String address) {
    return Json.createObjectBuilder().add("email", address).build().toString();
  }

  private static String parentOf(BareRemote remote, String commit) {
    return GitCli.bare(remote.directory(), "rev-parse", commit + "^").strip();
  }

  private static Path cloned(BareRemote remote, String key) throws IOException {
    Path parent = Files.createDirectories(TestServer.dataDir().resolve("change-clones"));
    Path clone = parent.resolve(key);
    GitCli.in(parent, Map.of(), "clone", "--quiet", remote.url(), clone.toString());
    assertThat(GitCli.in(clone, Map.of(), "tag", "-l")).isNotNull();
    return clone;
  }
}
