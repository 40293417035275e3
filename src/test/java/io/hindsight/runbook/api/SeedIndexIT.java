package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.sync;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team's repository shaped like the seed: its README byte for byte and the five runbooks it
 * links, without front matter. Hindsight shows what the table says and where table and files
 * disagree.
 */
class SeedIndexIT extends OverHttp {

  private String key;
  private ApiClient viewer;

  @BeforeEach
  void registerTheSeedRepository() {
    key = uniqueKey("seed");
    BareRemote remote = remote("remotes", key).nextCommitAt(Instant.parse("2025-11-16T09:00:00Z"));
    remote.commit(
        "Ana Lima",
        "Runbooks as the team keeps them",
        files(
            "README.md",
            seed(),
            "node-recovery.md",
            runbook("Node Recovery Runbook"),
            "database-restore.md",
            runbook("Database Restore Runbook"),
            "incident-response.md",
            runbook("Incident Response Runbook"),
            "rollback-procedure.md",
            runbook("Rollback Procedure Runbook"),
            "disaster-recovery.md",
            runbook("Disaster Recovery Runbook")));
    remote
        .nextCommitAt(Instant.parse("2025-11-17T15:00:00Z"))
        .commit(
            "Ana Lima",
            "Node recovery: drain first, within a day of the index date",
            files("node-recovery.md", runbook("Node Recovery Runbook") + "\nDrain first.\n"));
    remote
        .nextCommitAt(Instant.parse("2026-11-30T10:00:00Z"))
        .commit(
            "Ana Lima",
            "Four runbooks changed, the index dates not",
            files(
                "database-restore.md",
                runbook("Database Restore Runbook") + "\nPITR first.\n",
                "incident-response.md",
                runbook("Incident Response Runbook") + "\nOpen a channel.\n",
                "rollback-procedure.md",
                runbook("Rollback Procedure Runbook") + "\nUse Argo CD.\n",
                "disaster-recovery.md",
                runbook("Disaster Recovery Runbook") + "\nFail over.\n"));
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), null));
    sync(admin, key);
    viewer = api("viewer");
  }

  @Test
  void theCatalogListsSeverityAndPurposeFromTheTableWithTheirSource() {
    JsonObject page = viewer.get("api/v1/runbooks?repository=" + key + "&size=10").json();

    assertThat(page.getInt("total")).isEqualTo(6);
    JsonObject restore = item(page, "database-restore.md");
    assertThat(restore.getString("title")).isEqualTo("Database Restore Runbook");
    assertThat(restore.getString("severity")).isEqualTo("Critical");
    assertThat(restore.getString("severityLevel")).isEqualTo("critical");
    assertThat(restore.getString("purpose")).isEqualTo("Restore RDS from backup/snapshot");
    JsonObject sources = restore.getJsonObject("sources");
    assertThat(sources.getString("severity")).isEqualTo("index");
    assertThat(sources.getString("purpose")).isEqualTo("index");
    assertThat(sources.getString("title")).isEqualTo("heading");
    assertThat(sources.getString("lastUpdated")).isEqualTo("git");
    assertThat(item(page, "node-recovery.md").getString("severity")).isEqualTo("High");
    assertThat(item(page, "node-recovery.md").getString("purpose"))
        .isEqualTo("Recover failed EKS nodes");
  }

  @Test
  void theSeverityFilterAndSortReadTheTable() {
    for (String critical : List.of("critical", "CRITICAL", "P0", "sev1", "Blocker")) {
      JsonObject page =
          viewer.get("api/v1/runbooks?repository=" + key + "&severity=" + critical).json();
      assertThat(page.getInt("total")).as(critical).isEqualTo(3);
      assertThat(paths(page))
          .containsExactlyInAnyOrder(
              "database-restore.md", "incident-response.md", "disaster-recovery.md");
    }
    assertThat(total("severity=high")).isEqualTo(2);
    assertThat(total("severity=low")).isZero();

    JsonObject sorted =
        viewer.get("api/v1/runbooks?repository=" + key + "&sort=severity&size=10").json();
    assertThat(paths(sorted))
        .containsExactly(
            "database-restore.md",
            "disaster-recovery.md",
            "incident-response.md",
            "node-recovery.md",
            "rollback-procedure.md",
            "README.md");

    JsonObject newest =
        viewer.get("api/v1/runbooks?repository=" + key + "&sort=updated&size=10").json();
    assertThat(paths(newest))
        .containsExactly(
            "database-restore.md",
            "disaster-recovery.md",
            "incident-response.md",
            "rollback-procedure.md",
            "node-recovery.md",
            "README.md");

    for (String bad : List.of("sort=loudest", "sort=", "sort=" + "x".repeat(300))) {
      ApiClient.Reply reply = viewer.get("api/v1/runbooks?repository=" + key + "&" + bad);
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.body()).contains("sort");
    }
  }

  @Test
  void lintReportsTheStaleDatesAndTheDamagedArrowWithTheirFixes() {
    String gitDate = "2026-11-30";

    JsonObject report = viewer.get("api/v1/repositories/" + key + "/lint").json();
    List<JsonObject> findings = report.getJsonArray("findings").getValuesAs(JsonObject.class);

    assertThat(findings)
        .filteredOn(f -> f.getString("rule").equals("index-stale-date"))
        .extracting(
            f -> f.getString("path"),
            f -> f.getInt("line"),
            f -> f.getString("target"),
            f -> f.getString("fix"))
        .as("node-recovery.md changed the day after its index date: within the grace")
        .containsExactly(
            tuple("README.md", 18, "2025-11-16", gitDate),
            tuple("README.md", 19, "2025-11-16", gitDate),
            tuple("README.md", 20, "2025-11-16", gitDate),
            tuple("README.md", 21, "2025-11-16", gitDate));
    assertThat(findings)
        .filteredOn(f -> f.getString("rule").equals("encoding-damage"))
        .extracting(
            f -> f.getString("path"),
            f -> f.getInt("line"),
            f -> f.getString("target"),
            f -> f.getString("fix"))
        .containsExactly(tuple("README.md", 135, "â†’", "→"));
    assertThat(findings).filteredOn(f -> f.getString("rule").startsWith("index-missing")).isEmpty();
    assertThat(report.getJsonObject("byRule").getInt("index-stale-date")).isEqualTo(4);
  }

  @Test
  void theRunbookPageSaysTheSeverityCameFromTheIndex() {
    BrowserSession browser = signIn("viewer");

    String page =
        browser
            .get(
                "runbook.xhtml?repo="
                    + key
                    + "&path="
                    + URLEncoder.encode("incident-response.md", StandardCharsets.UTF_8))
            .body();

    assertThat(page)
        .contains("Critical")
        .contains("severity from the README index")
        .contains("Handle production incidents");
  }

  private int total(String query) {
    return viewer.get("api/v1/runbooks?repository=" + key + "&" + query).json().getInt("total");
  }

  private static List<String> paths(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("path"))
        .toList();
  }

  private static JsonObject item(JsonObject page, String path) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(item -> item.getString("path").equals(path))
        .findFirst()
        .orElseThrow();
  }

  private static String runbook(String title) {
    return "# "
        + title
        + "\n\n## When to use\n\nSee the index.\n\n## Steps\n\n1. Look.\n2. Act.\n"
        + "\n## Verification\n\nCheck dashboards.\n";
  }

  private static byte[] seed() {
    try (InputStream in = SeedIndexIT.class.getResourceAsStream("/seed/runbooks-README.md")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
