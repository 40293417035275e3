package io.hindsight.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Fifty change requests at once through the API, by parallel clients: against one runbook (each for
 * its own incident, editing its own line) and against fifty runbooks of one repository. Every merge
 * is on the remote, every branch at its head, no edit overwritten, no 500.
 */
class ChangeConcurrencyIT extends OverHttp {

  private static final int CHANGES = 50;

  @Test
  void fiftyChangesToOneRunbookAllReachTheRemote() {
    String key = ChangeFixtures.key("many-one");
    ApiClient admin = api("admin");
    BareRemote remote = ChangeFixtures.repository(admin, key);
    String path = "runbooks/many.md";
    remote.commit("Ana Lima", "Fifty steps", Map.of(path, text(i -> "step " + i + ": as before")));
    sync(admin, key);

    IncidentApi incidents = new IncidentApi(base);
    List<Merged> merged =
        inParallel(
            i -> {
              String incident =
                  incidents
                      .declare("responder", "P3", "outage", "Step " + i + " of " + key)
                      .getString("key");
              return changeAndMerge(
                  key + "/" + path,
                  "Step " + i,
                  shown -> {
                    String before = "step " + i + ": as before\n";
                    assertThat(shown).contains(before);
                    return shown.replace(before, "step " + i + ": changed by " + i + "\n");
                  },
                  incident);
            });

    assertOnTheRemote(remote, merged);
    String file = GitCli.bare(remote.directory(), "show", "main:" + path);
    for (int i = 0; i < CHANGES; i++) {
      assertThat(file).as("no edit overwritten").contains("step " + i + ": changed by " + i + "\n");
    }
  }

  @Test
  void fiftyChangesToFiftyRunbooksAllReachTheRemote() {
    String key = ChangeFixtures.key("many-fifty");
    ApiClient admin = api("admin");
    BareRemote remote = ChangeFixtures.repository(admin, key);
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < CHANGES; i++) {
      files.put(
          path(i),
          "---\ntitle: Runbook "
              + i
              + "\nowner: ops\n---\n# Runbook "
              + i
              + "\n\n## Steps\n\nDo "
              + i
              + ".\n");
    }
    remote.commit("Ana Lima", "Fifty runbooks", files);
    sync(admin, key);

    List<Merged> merged =
        inParallel(
            i ->
                changeAndMerge(
                    key + "/" + path(i),
                    "Runbook " + i,
                    shown -> shown.replace("Do " + i + ".", "Do " + i + " carefully."),
                    null));

    assertOnTheRemote(remote, merged);
    for (int i = 0; i < CHANGES; i++) {
      assertThat(GitCli.bare(remote.directory(), "show", "main:" + path(i)))
          .contains("Do " + i + " carefully.");
    }
  }

  private record Merged(long id, String commit, String branch, String head) {}

  /**
   * One token per user for all the parallel changes: fifty sign-ins at once would be throttled as a
   * password-guessing burst (429), which is the sign-in limit working, not what this test is about.
   */
  private final Map<String, ApiClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * One change request, by its own clients; on an incident's behalf, or a free edit. Each edits the
   * text its change shows when opened, as an editor does: another change may have merged by then.
   */
  private Merged changeAndMerge(
      String runbook,
      String title,
      java.util.function.UnaryOperator<String> edit,
      String incident) {
    ApiClient author = clients.computeIfAbsent("responder", this::api);
    ApiClient reviewer = clients.computeIfAbsent("reviewer", this::api);
    long[] approved = ChangeFixtures.approvedEdit(author, reviewer, runbook, title, edit, incident);
    ApiClient.Reply merged =
        new FluentWait<>(reviewer)
            .withTimeout(Duration.ofMinutes(2))
            .pollingEvery(Duration.ofMillis(200))
            .withMessage("change request " + approved[0] + " merges")
            .until(
                client -> {
                  ApiClient.Reply reply = ChangeFixtures.merge(client, approved);
                  if (reply.status() == 409 && reply.body().contains("is syncing")) {
                    return null; // the re-index after another merge: "merge again when done"
                  }
                  return reply;
                });
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    var detail = author.get("api/v1/change-requests/" + approved[0]).json();
    return new Merged(
        approved[0],
        merged.json().getString("mergeCommit"),
        detail.getJsonObject("summary").getString("branch"),
        detail.getString("headCommit"));
  }

  /** Waits until every merge's push went through (pushes are queued), then checks the remote. */
  private void assertOnTheRemote(BareRemote remote, List<Merged> merged) {
    ApiClient reader = api("reviewer");
    for (Merged change : merged) {
      String pushedCommit = Pushes.await(reader, change.id(), "pushed").getString("commit");
      GitCli.bare(remote.directory(), "merge-base", "--is-ancestor", change.commit(), pushedCommit);
      assertThat(GitCli.bare(remote.directory(), "rev-parse", "refs/heads/" + change.branch()))
          .isEqualTo(change.head() + "\n");
    }
    String main = GitCli.bare(remote.directory(), "rev-parse", "main").strip();
    for (Merged change : merged) {
      GitCli.bare(remote.directory(), "merge-base", "--is-ancestor", change.commit(), main);
    }
    assertThat(GitCli.bare(remote.directory(), "tag", "-l", "runbooks-*").lines().count())
        .isEqualTo(CHANGES);
    GitCli.bare(remote.directory(), "fsck", "--strict");
  }

  private static List<Merged> inParallel(java.util.function.IntFunction<Merged> change) {
    ExecutorService clients = Executors.newFixedThreadPool(CHANGES);
    try {
      List<CompletableFuture<Merged>> all = new ArrayList<>();
      IntStream.range(0, CHANGES)
          .forEach(i -> all.add(CompletableFuture.supplyAsync(() -> change.apply(i), clients)));
      return all.stream().map(CompletableFuture::join).toList();
    } finally {
      clients.shutdown();
    }
  }

  private static void sync(ApiClient admin, String key) {
    ApiClient.Reply synced = admin.post("api/v1/repositories/" + key + "/sync", "");
    assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
  }

  private static String path(int i) {
    return "runbooks/fifty-" + i + ".md";
  }

  /** A runbook of fifty steps, each two unchanged lines apart from the next. */
  private static String text(java.util.function.IntFunction<String> step) {
    StringBuilder text =
        new StringBuilder("---\ntitle: Many steps\nowner: ops\n---\n# Many steps\n\n## Steps\n\n");
    for (int i = 0; i < CHANGES; i++) {
      text.append(step.apply(i)).append("\n\nkeep\n\n");
    }
    return text.toString();
  }
}
