package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runbook views read the history the syncs recorded, never the commits; registering starts the
 * first sync with its progress shown; one sync of a repository runs at a time.
 */
class RunbookHistoryIT extends OverHttp {

  @Test
  void aRunbookViewReadsTheRecordedHistoryAndWalksNoCommits() throws Exception {
    String key = uniqueKey("history");
    BareRemote remote = remote("history-remotes", key);
    List<String> commits = new ArrayList<>();
    commits.add(remote.commit("Ana Lima", "Add disk", files("disk.md", "# Disk full\n")));
    for (int i = 1; i <= 4; i++) {
      commits.add(
          remote.commit(
              "Bo Chen", "Edit disk " + i, files("disk.md", "# Disk full\n\nStep " + i + ".\n")));
    }
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), null));
    commits.add(
        remote.commit(
            "Ana Lima",
            "Move disk",
            files("disk.md", null, "ops/disk.md", "# Disk full\n\nStep 4.\n")));
    RepositoryFixtures.sync(admin, key);

    ApiClient viewer = api("viewer");
    BrowserSession browser = signIn("viewer");
    double walks = walks();
    JsonObject view = viewer.get("api/v1/runbooks/" + key + "/ops/disk.md").json();
    viewer.get("api/v1/runbooks/" + key + "/ops/disk.md");
    JsonObject page =
        viewer.get("api/v1/runbooks/" + key + "/ops/disk.md/history?page=1&size=2").json();
    HttpResponse<String> html = browser.get("runbook.xhtml?repo=" + key + "&path=ops/disk.md");
    assertThat(walks()).as("history walks during views").isEqualTo(walks);

    assertThat(view.getJsonNumber("historyTotal").longValue()).isEqualTo(6);
    assertThat(view.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(commit -> commit.getString("commit"))
        .containsExactlyElementsOf(newestFirst(commits));
    assertThat(view.getJsonArray("history").getJsonObject(0).getString("renamedFrom"))
        .isEqualTo("disk.md");
    assertThat(page.getInt("total")).isEqualTo(6);
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(commit -> commit.getString("message"))
        .containsExactly("Edit disk 3", "Edit disk 2");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("History (6 commits)", "Move disk", "Add disk");

    assertThat(
            viewer
                .get("api/v1/runbooks/" + key + "/ops/disk.md/history/" + commits.get(0) + "/diff")
                .json()
                .getString("diff"))
        .contains("+# Disk full");
  }

  @Test
  void historyPagesRefuseBadInput() {
    String key = uniqueKey("history-bad");
    BareRemote remote = remote("history-remotes", key);
    remote.commit("Ana Lima", "Add", files("a.md", "# A\n"));
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), null));
    ApiClient viewer = api("viewer");
    for (String query : List.of("page=-1", "page=x", "size=0", "size=201", "size=")) {
      ApiClient.Reply refused = viewer.get("api/v1/runbooks/" + key + "/a.md/history?" + query);
      assertThat(refused.status()).as(query).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(viewer.get("api/v1/runbooks/" + key + "/none.md/history").status()).isEqualTo(404);
    assertThat(viewer.get("api/v1/runbooks/no-such-" + key + "/a.md/history").status())
        .isEqualTo(404);
    BrowserSession browser = signIn("viewer");
    assertThat(browser.get("runbook.xhtml?repo=" + key + "&path=a.md&history=x").statusCode())
        .isEqualTo(400);
  }

  @Test
  void registeringStartsTheFirstSyncAndShowsItsProgress() {
    String key = uniqueKey("progress");
    BareRemote remote = remote("history-remotes", key);
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 400; i++) {
      many.put("runbooks/r" + i + ".md", "# Runbook " + i + "\n\nOwner: ops.\n");
    }
    String head = remote.commit("Ana Lima", "Four hundred runbooks", many);
    ApiClient admin = api("admin");
    ApiClient.Reply registered =
        admin.post("api/v1/repositories", registration(key, remote.url(), "runbooks"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    JsonObject repository = registered.json().getJsonObject("repository");
    assertThat(repository.getString("syncState")).isEqualTo("syncing");
    assertThat(repository.getJsonObject("progress").getString("phase")).isNotBlank();

    JsonObject synced = FirstSync.await(admin, key);
    assertThat(synced.getString("syncState")).isEqualTo("ok");
    assertThat(synced.getString("indexedCommit")).isEqualTo(head);
    assertThat(!synced.containsKey("progress") || synced.isNull("progress")).isTrue();
    assertThat(admin.get("api/v1/runbooks?repository=" + key).json().getInt("total"))
        .isEqualTo(400);
  }

  @Test
  void twoSyncRequestsAtOnceRunOneSync() throws Exception {
    String key = uniqueKey("guard");
    BareRemote remote = remote("history-remotes", key);
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      many.put("r" + i + ".md", "# Runbook " + i + "\n");
    }
    remote.commit("Ana Lima", "Runbooks", many);
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), null));
    // A changed index page re-reads every runbook: a sync long enough for both requests to meet.
    remote.commit("Bo Chen", "Index", files("README.md", "# Runbooks\n\n| Runbook | Owner |\n"));
    double before = syncs(key);

    int requests = 2;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    List<Future<ApiClient.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      ApiClient client = api("admin");
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return client.post("api/v1/repositories/" + key + "/sync", "");
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<ApiClient.Reply> reply : replies) {
      statuses.add(reply.get().status());
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(syncs(key)).isEqualTo(before + 1);
    assertThat(FirstSync.await(admin, key).getString("syncState")).isEqualTo("ok");
  }

  private static List<String> newestFirst(List<String> commits) {
    List<String> reversed = new ArrayList<>(commits);
    Collections.reverse(reversed);
    return reversed;
  }

  private double walks() {
    return value("hindsight_git_history_walks_total");
  }

  private double syncs(String key) {
    return value(
        "hindsight_repository_sync_seconds_count",
        "repository=\"" + key + "\"",
        "outcome=\"success\"");
  }

  private double value(String name, String... labels) {
    ApiClient.Reply reply = new ApiClient(base).get("metrics");
    assertThat(reply.status()).isEqualTo(200);
    Matcher line =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$")
            .matcher(reply.body());
    double sum = 0;
    while (line.find()) {
      String seen = line.group(1);
      boolean all = true;
      for (String label : labels) {
        all &= seen.contains(label);
      }
      if (all) {
        sum += Double.parseDouble(line.group(2));
      }
    }
    return sum;
  }
}
