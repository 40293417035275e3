package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.sync;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A repository registered by file:// URL, synced, changed, renamed, broken: over real HTTP. */
class RepositorySyncIT extends OverHttp {

  @Test
  void syncsIncrementallyAndFollowsRenamesInTheHistory() {
    String key = uniqueKey("sync");
    BareRemote remote = remote("remotes", key);
    String first =
        remote.commit(
            "Ana Lima",
            "Add three runbooks",
            files(
                "runbooks/a.md",
                "---\ntitle: Disk full\nowner: storage\nseverity: SEV2\nservices: [api, db]\n---\n# A",
                "runbooks/b.md",
                "# Node down\n",
                "runbooks/c.md",
                "# Certificate expiry\n\nRenew it.\n",
                "README.md",
                "# Outside the folder"));
    ApiClient admin = api("admin");
    JsonObject registered = register(admin, registration(key, remote.url(), "runbooks"));
    assertThat(registered.getString("webhookSecret")).hasSizeGreaterThan(20);

    JsonObject synced = admin.get("api/v1/repositories/" + key).json();
    assertThat(synced.getString("syncState")).isEqualTo("ok");
    assertThat(synced.getString("indexedCommit")).isEqualTo(first);
    assertThat(catalog(admin, "repository=" + key).getInt("total")).isEqualTo(3);
    JsonObject again = sync(admin, key);
    assertThat(again.getBoolean("fullRebuild")).isFalse();
    assertThat(again.getInt("filesRead")).isZero();
    assertThat(again.getString("commit")).isEqualTo(first);

    remote.commit(
        "Bo Chen", "Edit two", files("runbooks/a.md", "# A v2", "runbooks/b.md", "# B v2"));
    JsonObject incremental = sync(admin, key);
    assertThat(incremental.getBoolean("fullRebuild")).isFalse();
    assertThat(incremental.getInt("filesRead")).isEqualTo(2);
    assertThat(incremental.getString("previousCommit")).isEqualTo(first);

    String rename =
        remote.commit(
            "Bo Chen",
            "Move c into ops, drop b",
            files(
                "runbooks/c.md",
                null,
                "runbooks/ops/c.md",
                "# Certificate expiry\n\nRenew it.\n",
                "runbooks/b.md",
                null));
    JsonObject third = sync(admin, key);
    assertThat(third.getInt("filesRead")).isEqualTo(1);
    assertThat(third.getInt("filesRemoved")).isEqualTo(2);
    assertThat(catalog(admin, "repository=" + key).getInt("total")).isEqualTo(2);
    assertThat(admin.get("api/v1/runbooks/" + key + "/runbooks/b.md").status()).isEqualTo(404);

    JsonObject moved = admin.get("api/v1/runbooks/" + key + "/runbooks/ops/c.md").json();
    assertThat(moved.getJsonObject("metadata").getString("title")).isEqualTo("Certificate expiry");
    assertThat(moved.getJsonObject("metadata").getString("lastAuthor")).isEqualTo("Bo Chen");
    assertThat(moved.getString("html")).contains("Renew it.");
    assertThat(moved.getString("markdown")).startsWith("# Certificate expiry");
    assertThat(moved.getJsonArray("lint").getValuesAs(JsonObject.class))
        .extracting(finding -> finding.getString("rule"))
        .contains("missing-owner", "missing-section");
    assertThat(moved.getJsonObject("metadata").getString("lint")).isEqualTo("warning");
    JsonArray history = moved.getJsonArray("history");
    assertThat(history).hasSize(2);
    assertThat(history.getJsonObject(0).getString("commit")).isEqualTo(rename);
    assertThat(history.getJsonObject(0).getString("renamedFrom")).isEqualTo("runbooks/c.md");
    assertThat(history.getJsonObject(1).getString("commit")).isEqualTo(first);
    assertThat(history.getJsonObject(1).getString("path")).isEqualTo("runbooks/c.md");
    assertThat(history.getJsonObject(1).getString("author")).isEqualTo("Ana Lima");

    ApiClient.Reply diff =
        admin.get("api/v1/runbooks/" + key + "/runbooks/ops/c.md/history/" + first + "/diff");
    assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
    assertThat(diff.json().getString("diff")).contains("+++ b/runbooks/c.md", "+Renew it.");
  }

  @Test
  void filtersTheCatalogByOwnerServiceAndSeverity() {
    String key = uniqueKey("filter");
    BareRemote remote = remote("remotes", key);
    remote.commit(
        "Ana Lima",
        "Runbooks",
        files(
            "x.md", "---\nowner: Payments\nseverity: SEV1\nservices: [checkout]\n---\n# X",
            "y.md", "---\nowner: storage\nseverity: SEV3\nservices: [db, checkout]\n---\n# Y",
            "z.md", "# Z"));
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), null));
    sync(admin, key);
    String repo = "repository=" + key;

    assertThat(catalog(admin, repo + "&owner=payments").getInt("total")).isEqualTo(1);
    assertThat(catalog(admin, repo + "&service=checkout").getInt("total")).isEqualTo(2);
    assertThat(
            catalog(admin, repo + "&severity=sev3")
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("path"))
        .isEqualTo("y.md");
    JsonObject page = catalog(admin, repo + "&size=2&page=1");
    assertThat(page.getInt("total")).isEqualTo(3);
    assertThat(page.getJsonArray("items")).hasSize(1);
  }

  @Test
  void aFailedSyncIsRecordedAndKeepsThePreviousIndex() {
    String key = uniqueKey("broken");
    BareRemote remote = remote("remotes", key);
    String good = remote.commit("Ana Lima", "Runbook", files("ok.md", "# Works"));
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), null));
    sync(admin, key);

    remote.commit(
        "Bo Chen", "Replace runbooks by code", files("ok.md", null, "main.go", "package main"));
    ApiClient.Reply failed = admin.post("api/v1/repositories/" + key + "/sync", "");
    assertThat(failed.status()).as(failed.toString()).isEqualTo(422);
    assertThat(failed.contentType()).startsWith("application/problem+json");
    assertThat(failed.json().getString("detail")).contains("No Markdown files");

    JsonObject repository = admin.get("api/v1/repositories/" + key).json();
    assertThat(repository.getString("syncState")).isEqualTo("failed");
    assertThat(repository.getString("lastSyncError")).contains("No Markdown files");
    assertThat(repository.getString("indexedCommit")).isEqualTo(good);
    ApiClient.Reply kept = admin.get("api/v1/runbooks/" + key + "/ok.md");
    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    assertThat(kept.json().getString("html")).contains("Works");

    JsonObject wrongBranch =
        RepositoryFixtures.body(uniqueKey("nobranch"), remote.url(), null)
            .add("branch", "release")
            .build();
    register(admin, wrongBranch.toString());
    ApiClient.Reply missing =
        admin.post("api/v1/repositories/" + wrongBranch.getString("key") + "/sync", "");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().getString("detail")).contains("no branch 'release'");

    String unreachable = uniqueKey("gone");
    register(
        admin,
        registration(
            unreachable,
            "file://" + TestServer.dataDir().resolve("nonexistent/" + unreachable + ".git"),
            null));
    ApiClient.Reply gone = admin.post("api/v1/repositories/" + unreachable + "/sync", "");
    assertThat(gone.status()).isEqualTo(422);
    assertThat(admin.get("api/v1/repositories/" + unreachable).json().getString("lastSyncError"))
        .isNotBlank();
  }

  @Test
  void theSampleRepositoryIsRegisteredAndIndexed() {
    ApiClient viewer = api("viewer");
    JsonObject sample = viewer.get("api/v1/repositories/sample").json();
    assertThat(sample.get("url")).isIn(null, jakarta.json.JsonValue.NULL);
    assertThat(sample.getString("indexedCommit")).hasSize(40);
    JsonObject catalog = catalog(viewer, "repository=sample");
    assertThat(catalog.getInt("total")).isEqualTo(6);
    JsonObject rollback = viewer.get("api/v1/runbooks/sample/rollback-procedure.md").json();
    assertThat(rollback.getJsonArray("history").getJsonObject(0).getString("message"))
        .startsWith("Rename rollback.md to rollback-procedure.md");
    assertThat(viewer.post("api/v1/repositories/sample/sync", "").status()).isEqualTo(403);
  }

  private static JsonObject catalog(ApiClient client, String query) {
    ApiClient.Reply reply = client.get("api/v1/runbooks?" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}
