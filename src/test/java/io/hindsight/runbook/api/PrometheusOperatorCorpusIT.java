package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.sync;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The "done when": the public prometheus-operator runbooks, cloned from their bundle into a
 * bare remote, registered with the folder {@code content/runbooks}: 117 Markdown files, 108
 * runbooks and 9 section index pages, with Git's titles and dates, rendered, linted and searchable.
 * Skipped when the bundle is not there.
 */
class PrometheusOperatorCorpusIT extends OverHttp {

  private static final Path BUNDLE =
      Path.of("../shared/corpora/prometheus-operator-runbooks.bundle");

  @Test
  void theCorpusIsCatalogedRenderedLintedAndSearchable() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(BUNDLE), "no corpus bundle at " + BUNDLE);
    String key = uniqueKey("prom");
    Path remote = TestServer.dataDir().resolve("remotes").resolve(key + ".git");
    try (Git git =
        Git.cloneRepository()
            .setURI(BUNDLE.toAbsolutePath().toUri().toString())
            .setBare(true)
            .setBranch("refs/heads/main")
            .setDirectory(remote.toFile())
            .call()) {
      assertThat(git.getRepository().exactRef("refs/heads/main")).isNotNull();
    }
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.toUri().toString(), "content/runbooks"));
    sync(admin, key);

    ApiClient viewer = api("viewer");
    JsonObject catalog = viewer.get("api/v1/runbooks?repository=" + key + "&size=200").json();
    assertThat(catalog.getInt("total")).isEqualTo(117);
    List<JsonObject> items = catalog.getJsonArray("items").getValuesAs(JsonObject.class);
    List<JsonObject> indexPages = items.stream().filter(i -> i.getBoolean("index")).toList();
    assertThat(indexPages).hasSize(9);
    assertThat(indexPages).allMatch(i -> i.getString("path").endsWith("/_index.md"));
    assertThat(items).allMatch(i -> i.getString("path").startsWith("content/runbooks/"));

    Map<String, String> titles =
        Map.of(
            "content/runbooks/etcd/etcdMembersDown.md", "etcdMembersDown",
            "content/runbooks/etcd/_index.md", "etcd",
            "content/runbooks/kubernetes/KubePodCrashLooping.md", "Kube Pod Crash Looping",
            "content/runbooks/general/Watchdog.md", "Watchdog",
            "content/runbooks/_index.md", "Runbooks");
    for (Map.Entry<String, String> expected : titles.entrySet()) {
      String path = expected.getKey();
      JsonObject runbook = viewer.get("api/v1/runbooks/" + key + "/" + path).json();
      JsonObject metadata = runbook.getJsonObject("metadata");
      assertThat(metadata.getString("title")).as(path).isEqualTo(expected.getValue());
      assertThat(OffsetDateTime.parse(metadata.getString("lastUpdated")).toInstant())
          .as(path)
          .isEqualTo(OffsetDateTime.parse(gitLogDate(remote, path)).toInstant());
      assertThat(runbook.getString("html")).as(path).doesNotContain("<script");
      assertThat(runbook.getJsonArray("lint")).isNotNull();
    }
    JsonObject members =
        viewer.get("api/v1/runbooks/" + key + "/content/runbooks/etcd/etcdMembersDown.md").json();
    assertThat(members.getString("html")).contains("<h2 id=\"meaning\">", "Impact");
    assertThat(members.getJsonObject("metadata").getBoolean("index")).isFalse();

    JsonObject report = viewer.get("api/v1/repositories/" + key + "/lint").json();
    assertThat(report.getInt("files")).isEqualTo(117);
    assertThat(report.getJsonArray("findings")).isNotEmpty();

    JsonObject found = viewer.get("api/v1/search?q=etcdMembersDown&size=50").json();
    assertThat(
            found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("id")))
        .contains(key + "/content/runbooks/etcd/etcdMembersDown.md");

    BrowserSession browser = signIn("viewer");
    String page = browser.get("runbooks.xhtml?repo=" + key).body();
    assertThat(page)
        .contains("<span id=\"runbook-count\">108</span>")
        .contains("<span id=\"index-page-count\">9</span>");
    assertThat(page.split("<span class=\"badge\">section index</span>", -1)).hasSize(10);
    String rendered =
        browser
            .get(
                "runbook.xhtml?repo="
                    + key
                    + "&path="
                    + URLEncoder.encode(
                        "content/runbooks/etcd/etcdMembersDown.md", StandardCharsets.UTF_8))
            .body();
    assertThat(rendered).contains("etcdMembersDown").contains("id=\"runbook-lint\"");
  }

  private static String gitLogDate(Path bare, String path)
      throws IOException, InterruptedException {
    Process git =
        new ProcessBuilder(
                "git", "--git-dir=" + bare, "log", "-1", "--format=%cI", "main", "--", path)
            .redirectErrorStream(true)
            .start();
    try (InputStream out = git.getInputStream()) {
      String date = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(git.waitFor()).as(date).isZero();
      return date;
    }
  }
}
