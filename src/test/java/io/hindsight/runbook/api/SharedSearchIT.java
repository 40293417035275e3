package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.sync;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestServer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.Test;

/**
 * The search index every node shares, with the same expectations on H2 and PostgreSQL: ranking (a
 * title match before a body match), snippets with highlights on the matched word, the repo filter,
 * post-mortems beside runbooks, and a runbook's document following its repository's sync.
 */
class SharedSearchIT extends OverHttp {

  @Test
  void titlesRankFirstSnippetsHighlightTheWordAndRepoRestrictsToThatRepository() {
    String word = word("zs");
    String other = word("zt");
    String first = uniqueKey("srcha");
    String second = uniqueKey("srchb");
    ApiClient admin = api("admin");
    BareRemote a = remote("remotes", first);
    a.commit(
        "Ana Lima",
        "Runbooks",
        files(
            "titled.md",
            "---\ntitle: Failover of the " + word + " cache\n---\n# Failover\n\nSwitch over.\n",
            "mentioned.md",
            "---\ntitle: Database restore\n---\n# Restore\n\n"
                + "Restore the database from the nightly snapshot. ".repeat(10)
                + "If the "
                + word
                + " cache is cold, warm it first. "
                + "Then check replication lag and the connection pools. ".repeat(10)
                + "\n",
            "changing.md",
            "# Changing\n\nMentions " + other + " for now.\n"));
    register(admin, registration(first, a.url(), null));
    sync(admin, first);
    BareRemote b = remote("remotes", second);
    b.commit(
        "Ana Lima",
        "Runbooks",
        files("elsewhere.md", "# Elsewhere\n\nThe " + word + " cache, in another repository.\n"));
    register(admin, registration(second, b.url(), null));
    sync(admin, second);
    ApiClient viewer = api("viewer");

    List<JsonObject> all = items(viewer, "q=" + word);
    assertThat(all)
        .extracting(item -> item.getString("id"))
        .containsExactlyInAnyOrder(
            first + "/titled.md", first + "/mentioned.md", second + "/elsewhere.md");
    assertThat(all.get(0).getString("id")).isEqualTo(first + "/titled.md");
    assertThat(all.get(0).getString("title")).isEqualTo("Failover of the " + word + " cache");
    JsonObject mentioned =
        all.stream()
            .filter(item -> item.getString("id").endsWith("/mentioned.md"))
            .findFirst()
            .orElseThrow();
    String snippet = mentioned.getString("snippet");
    assertThat(snippet).contains("If the " + word + " cache is cold").hasSizeLessThan(260);
    JsonObject highlight = mentioned.getJsonArray("highlights").getJsonObject(0);
    assertThat(snippet.substring(highlight.getInt("start"), highlight.getInt("end")))
        .isEqualTo(word);

    assertThat(items(viewer, "q=" + word + "&repo=" + first))
        .extracting(item -> item.getString("id"))
        .containsExactly(first + "/titled.md", first + "/mentioned.md");
    assertThat(items(viewer, "q=" + word + "&repo=" + second))
        .extracting(item -> item.getString("id"))
        .containsExactly(second + "/elsewhere.md");
    assertThat(items(viewer, "q=" + word + "&repo=no-such-repo-zz")).isEmpty();
    assertThat(items(viewer, "q=" + word + "&kind=postmortem&repo=" + first)).isEmpty();
    for (String bad : List.of("BAD!", "a".repeat(41), "-lead", "")) {
      ApiClient.Reply reply = viewer.get("api/v1/search?q=" + word + "&repo=" + bad);
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.body()).contains("repo");
    }

    assertThat(items(viewer, "q=" + other)).hasSize(1);
    String replaced = word("zu");
    a.commit(
        "Ana Lima",
        "Reword",
        files("changing.md", "# Changing\n\nNow mentions " + replaced + ".\n", "titled.md", null));
    sync(admin, first);
    assertThat(items(viewer, "q=" + other)).isEmpty();
    assertThat(items(viewer, "q=" + replaced))
        .extracting(item -> item.getString("id"))
        .containsExactly(first + "/changing.md");
    assertThat(items(viewer, "q=" + word))
        .extracting(item -> item.getString("id"))
        .doesNotContain(first + "/titled.md")
        .contains(first + "/mentioned.md");
  }

  @Test
  void postmortemsAndRunbooksRankTogetherAndRemovedRepositoriesLeaveTheIndex() {
    String word = word("zv");
    String key = uniqueKey("srchc");
    ApiClient admin = api("admin");
    BareRemote remote = remote("remotes", key);
    remote.commit(
        "Ana Lima",
        "Runbooks",
        files("queue.md", "# Queue backlog\n\nDrain the " + word + " queue.\n"));
    register(admin, registration(key, remote.url(), null));
    sync(admin, key);
    PostmortemApi postmortems = new PostmortemApi(base);
    String postmortem = postmortems.draft("P1");
    postmortems.save("responder", postmortem, "root-causes", "The " + word + " queue grew.");
    ApiClient viewer = api("viewer");

    assertThat(items(viewer, "q=" + word))
        .extracting(item -> item.getString("kind") + ":" + item.getString("id"))
        .containsExactlyInAnyOrder("runbook:" + key + "/queue.md", "postmortem:" + postmortem);
    assertThat(items(viewer, "q=" + word + "&repo=" + key))
        .extracting(item -> item.getString("id"))
        .containsExactly(key + "/queue.md");

    assertThat(admin.delete("api/v1/repositories/" + key).status()).isEqualTo(204);
    assertThat(items(viewer, "q=" + word))
        .extracting(item -> item.getString("id"))
        .containsExactly(postmortem);
  }

  @Test
  void aCloneBehindTheIndexDoesNotTakeTheSharedSearchBack() throws Exception {
    String older = word("zw");
    String newer = word("zx");
    String key = uniqueKey("srchd");
    ApiClient admin = api("admin");
    BareRemote remote = remote("remotes", key);
    String first =
        remote.commit(
            "Ana Lima", "Runbooks", files("lag.md", "# Lag\n\nMentions " + older + ".\n"));
    register(admin, registration(key, remote.url(), null));
    sync(admin, key);
    remote.commit("Ana Lima", "Reword", files("lag.md", "# Lag\n\nMentions " + newer + ".\n"));
    sync(admin, key);
    ApiClient viewer = api("viewer");
    assertThat(items(viewer, "q=" + newer)).hasSize(1);

    // The clone as a node that has not fetched the newest commit yet holds it.
    Path clone = TestServer.dataDir().resolve("repositories").resolve(key + ".git");
    try (Git git = Git.open(clone.toFile())) {
      RefUpdate back = git.getRepository().updateRef("refs/heads/main");
      back.setNewObjectId(ObjectId.fromString(first));
      back.setForceUpdate(true);
      assertThat(back.update()).isEqualTo(RefUpdate.Result.FORCED);
    }
    ApiClient.Reply catalog = viewer.get("api/v1/runbooks?repository=" + key);
    assertThat(catalog.status()).as(catalog.toString()).isEqualTo(200);

    assertThat(items(viewer, "q=" + newer))
        .extracting(item -> item.getString("id"))
        .containsExactly(key + "/lag.md");
    assertThat(items(viewer, "q=" + older)).isEmpty();
  }

  private static List<JsonObject> items(ApiClient client, String query) {
    ApiClient.Reply reply = client.get("api/v1/search?size=50&" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static String word(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
