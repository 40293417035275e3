package io.hindsight.review;

import static io.hindsight.incident.IncidentApi.ago;
import static io.hindsight.incident.IncidentApi.assertProblem;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.review.domain.ReviewCalendar;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.SuiteDeployment;
import io.hindsight.testing.TestServer;
import io.hindsight.testing.TestSmtp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review queue over HTTP on WildFly, with a real repository: due dates from the index table,
 * front matter and intervals; a P1 and feedback raise reasons; a review clears them and answers the
 * feedback; racing reviews; reminders once per period; bad input refused with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewApiIT {

  private final URL base = SuiteDeployment.base();

  /** The escalation contact a test added, removed after it. */
  private Long managerContact;

  @AfterEach
  void removeManagerContact() {
    if (managerContact != null) {
      new IncidentApi(base).as("admin").delete("api/v1/escalation-contacts/" + managerContact);
      managerContact = null;
    }
  }

  static String uniqueKey(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A repository of four runbooks and a seed-shaped index table, registered and synced. */
  static BareRemote repository(ApiClient admin, String key, LocalDate today) {
    BareRemote remote =
        BareRemote.create(
            TestServer.dataDir().resolve("review-remotes").resolve(key + ".git"), "main");
    remote.commit(
        "Ana Lima",
        "Runbooks",
        files(
            "README.md",
            "# Runbooks\n\n| Runbook | Purpose | Severity | Last Updated |\n"
                + "|---|---|---|---|\n"
                + "| [Restore](restore.md) | Restore the database | High | 2026-10-20 |\n"
                + "| [Rollback](rollback.md) | Roll back a deploy | Critical | 2026-10-21 |\n",
            "restore.md",
            "# Restore\n\n## Steps\n\n1. Stop writes.\n",
            "rollback.md",
            "---\nowner: reviewer\nlast_reviewed: 2025-01-10\n---\n# Rollback\n\n1. Revert.\n",
            "scaling.md",
            "---\nreview_interval: 30d\nlast_reviewed: "
                + today.minusDays(10)
                + "\n---\n# Scaling\n\n1. Add nodes.\n",
            "payments.md",
            "---\nservices: [payments]\n---\n# Payments down\n\n1. Fail over.\n"));
    ApiClient.Reply registered =
        admin.post(
            "api/v1/repositories",
            Json.createObjectBuilder()
                .add("key", key)
                .add("name", "Runbooks " + key)
                .add("url", remote.url())
                .add("branch", "main")
                .build()
                .toString());
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    FirstSync.await(admin, key);
    ApiClient.Reply synced = admin.post("api/v1/repositories/" + key + "/sync", "");
    assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
    return remote;
  }

  static JsonObject item(JsonObject page, String path) {
    return page.getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(item -> item.getString("path").equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " is not in " + page));
  }

  static List<String> paths(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .map(item -> item.getString("path"))
        .toList();
  }

  @Test
  void dueDatesFromTheIndexFrontMatterAndIntervalsReasonsReviewsAndReminders() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    IncidentApi incidents = new IncidentApi(base);
    ApiClient admin = incidents.as("admin");
    ApiClient reviewer = incidents.as("reviewer");
    String key = uniqueKey("rev");
    String mail = "reviewer-" + key + "@example.com";
    assertThat(reviewer.put("api/v1/me/email", "{\"email\":\"" + mail + "\"}").status())
        .isEqualTo(200);
    // The engineering manager in the escalation contacts hears of reviews overdue by 14 days.
    String manager = "manager-" + key + "@example.com";
    ApiClient.Reply contact =
        admin.post(
            "api/v1/escalation-contacts",
            "{\"name\":\"Erin Manager\",\"role\":\"ENGINEERING_MANAGER\",\"email\":\""
                + manager
                + "\"}");
    assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
    managerContact = contact.json().getJsonNumber("id").longValue();
    TestSmtp.server();
    BareRemote remote = repository(admin, key, today);

    JsonObject all = reviewer.get("api/v1/reviews?all=true&size=200&repository=" + key).json();
    assertThat(all.getInt("total")).as(all.toString()).isEqualTo(4);
    JsonObject restore = item(all, "restore.md");
    assertThat(restore.getString("lastReviewSource")).isEqualTo("index");
    assertThat(restore.getString("due"))
        .isEqualTo(ReviewCalendar.quarterEnd(LocalDate.of(2027, 1, 20)).toString());
    JsonObject rollback = item(all, "rollback.md");
    assertThat(rollback.getString("lastReviewSource")).isEqualTo("front_matter");
    assertThat(rollback.getString("due")).isEqualTo("2025-06-30");
    assertThat(rollback.getString("state")).isEqualTo("escalated");
    assertThat(rollback.getString("assignee")).isEqualTo("reviewer");
    assertThat(item(all, "scaling.md").getString("due")).isEqualTo(today.plusDays(20).toString());
    assertThat(item(all, "payments.md").getString("lastReviewSource")).isEqualTo("commit");
    assertThat(paths(all).get(0)).isEqualTo("rollback.md");

    JsonObject mine =
        reviewer.get("api/v1/reviews?mine=true&overdue=true&repository=" + key).json();
    assertThat(paths(mine)).containsExactly("rollback.md");
    assertThat(paths(admin.get("api/v1/reviews?unassigned=true&all=true&repository=" + key).json()))
        .doesNotContain("rollback.md")
        .contains("restore.md");

    // A P1 that used payments.md, and feedback on restore.md, put both in the queue with reasons.
    String incident =
        incidents
            .declare(
                "responder",
                "{\"title\":\"Payments down "
                    + key
                    + "\",\"severity\":\"P1\",\"category\":\"outage\",\"startedAt\":\""
                    + ago(Duration.ofMinutes(30))
                    + "\"}")
            .getString("key");
    ApiClient responder = incidents.as("responder");
    assertThat(
            responder
                .post(
                    "api/v1/incidents/" + incident + "/runbooks",
                    "{\"repository\":\"" + key + "\",\"path\":\"payments.md\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            responder
                .post(
                    "api/v1/incidents/" + incident + "/feedback",
                    "{\"repository\":\""
                        + key
                        + "\",\"path\":\"restore.md\",\"step\":\"Stop writes\","
                        + "\"problem\":\"unclear\",\"note\":\"Which service stops writes?\"}")
                .status())
        .isEqualTo(201);
    ApiClient.Reply resolved = responder.post("api/v1/incidents/" + incident + "/resolve", "{}");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    JsonObject payments =
        item(
            reviewer.get("api/v1/reviews?reason=incident&repository=" + key).json(), "payments.md");
    JsonObject used = payments.getJsonArray("reasons").getJsonObject(0);
    assertThat(used.getString("kind")).isEqualTo("incident");
    assertThat(used.getString("label")).contains(incident).contains("P1");
    assertThat(used.getString("due")).isEqualTo(today.plusDays(14).toString());
    assertThat(sweep(admin, null, key)).isNotNull();
    JsonObject flagged = reviewer.get("api/v1/reviews?reason=feedback&repository=" + key).json();
    assertThat(paths(flagged)).containsExactly("restore.md");
    restore = item(flagged, "restore.md");
    assertThat(restore.getString("due")).isEqualTo(today.plusDays(7).toString());
    long restoreId = restore.getJsonNumber("id").longValue();
    long version = restore.getJsonNumber("version").longValue();

    // Open feedback needs a reason to be rejected: refused, nothing stored.
    ApiClient.Reply noReason =
        reviewer.post(
            "api/v1/reviews/" + restoreId + "/reviews",
            "{\"version\":" + version + ",\"outcome\":\"still_accurate\"}");
    assertProblem(noReason, 400);
    assertThat(noReason.body()).contains("notes");
    assertThat(history(reviewer, restoreId)).isEmpty();
    assertThat(feedbackState(responder, incident)).isEqualTo("open");

    String good =
        "{\"version\":"
            + version
            + ",\"outcome\":\"still_accurate\",\"notes\":\"The step names the service.\"}";
    ApiClient.Reply recorded = reviewer.post("api/v1/reviews/" + restoreId + "/reviews", good);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(recorded.json().getString("outcome")).isEqualTo("still_accurate");
    assertThat(recorded.json().getString("reviewer")).isEqualTo("reviewer");
    ApiClient.Reply second = reviewer.post("api/v1/reviews/" + restoreId + "/reviews", good);
    assertProblem(second, 409);
    assertThat(history(reviewer, restoreId)).hasSize(1);
    assertThat(feedbackState(responder, incident)).isEqualTo("rejected");
    JsonObject reviewed = reviewer.get("api/v1/reviews/" + restoreId).json();
    assertThat(reviewed.getJsonArray("reasons")).isEmpty();
    assertThat(reviewed.getString("lastReviewSource")).isEqualTo("record");
    assertThat(reviewed.getString("due"))
        .isEqualTo(ReviewCalendar.quarterEnd(today.plusMonths(3)).toString());
    assertThat(reviewed.getBoolean("changedSinceReview")).isFalse();
    assertThat(paths(reviewer.get("api/v1/reviews?reason=feedback&repository=" + key).json()))
        .isEmpty();

    // A commit after the review shows as changed since review.
    remote.commit(
        "Bo Chen", "Clarify", files("restore.md", "# Restore\n\n1. Stop writes (api).\n"));
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(200);
    assertThat(reviewer.get("api/v1/reviews/" + restoreId).json().getBoolean("changedSinceReview"))
        .isTrue();

    // Reminders: once per item, kind and period.
    long rollbackId = rollback.getJsonNumber("id").longValue();
    long scalingId = item(all, "scaling.md").getJsonNumber("id").longValue();
    String at = today + "T09:00:00Z";
    String escalated = "review:" + rollbackId + ":ESCALATED:2025-06-30 reviewer";
    assertThat(sweep(admin, at, key)).contains(escalated);
    // The escalation contact hears of it too: one mail, delivered by the worker.
    ApiClient.Reply drained = admin.post("api/it/notify/drain", "");
    assertThat(drained.status()).as(drained.toString()).isEqualTo(200);
    TestSmtp.awaitSubject(manager, "Runbook review escalated: Rollback");
    assertThat(
            admin
                .get("api/v1/notifications?limit=200&recipient=" + manager)
                .json()
                .getJsonArray("items")
                .stream()
                .map(entry -> entry.asJsonObject())
                .filter(e -> e.getString("subject").equals("runbook_review:RV-" + rollbackId))
                .map(e -> e.getString("kind") + " " + e.getString("title")))
        .as("one message about the rollback runbook (others overdue as long escalate as well)")
        .containsExactly("runbook_review_overdue Runbook review escalated: Rollback");
    // A second sweep fires nothing new, so nothing more is queued or sent.
    assertThat(sweep(admin, at, key).stream().filter(escalated::equals)).hasSize(1);
    assertThat(admin.post("api/it/notify/drain", "").status()).isEqualTo(200);
    assertThat(
            TestSmtp.to(manager).stream()
                .filter(m -> TestSmtp.subject(m).equals("Runbook review escalated: Rollback")))
        .hasSize(1);
    JsonObject queued = admin.get("api/v1/notifications?limit=200&recipient=" + mail).json();
    assertThat(
            queued.getJsonArray("items").stream()
                .map(entry -> entry.asJsonObject())
                .filter(e -> e.getString("subject").equals("runbook_review:RV-" + rollbackId))
                .map(e -> e.getString("kind") + " " + e.getString("title")))
        .as("notify delivers the escalated reminder once, by email")
        .containsExactly("runbook_review_overdue Runbook review overdue: Rollback");
    // The sweep before the review told restore.md's reviewer it was due in 7 days (its feedback);
    // reviewed since, it gets nothing more. scaling.md, due in 20 days, gets nothing yet.
    assertThat(sweep(admin, at, key))
        .filteredOn(event -> event.startsWith("review:" + restoreId + ":"))
        .containsExactly("review:" + restoreId + ":DUE_SOON:" + today.plusDays(7) + " -");
    assertThat(sweep(admin, at, key))
        .noneMatch(event -> event.startsWith("review:" + scalingId + ":"));
  }

  /**
   * Sweeps that overlap, as the timer's and a second node's may: each answers, and each reminder is
   * announced once.
   */
  @Test
  void overlappingSweepsAnnounceEachReminderOnce() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ApiClient admin = new IncidentApi(base).as("admin");
    String key = uniqueKey("race");
    repository(admin, key, today);
    long rollbackId =
        item(admin.get("api/v1/reviews?all=true&size=200&repository=" + key).json(), "rollback.md")
            .getJsonNumber("id")
            .longValue();
    String at = today + "T09:00:00Z";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiClient.Reply>> sweeps = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        sweeps.add(
            pool.submit(
                () ->
                    new IncidentApi(base)
                        .as("admin")
                        .post("api/it/review-sweep?repository=" + key + "&at=" + at, "")));
      }
      for (Future<ApiClient.Reply> sweep : sweeps) {
        ApiClient.Reply reply = sweep.get(2, TimeUnit.MINUTES);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sweep(admin, at, key))
        .filteredOn(event -> event.startsWith("review:" + rollbackId + ":"))
        .containsExactly("review:" + rollbackId + ":ESCALATED:2025-06-30 reviewer");
  }

  @Test
  void badInputIsRefusedWithProblemsAndNothingStored() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    IncidentApi incidents = new IncidentApi(base);
    ApiClient admin = incidents.as("admin");
    ApiClient reviewer = incidents.as("reviewer");
    String key = uniqueKey("bad");
    BareRemote remote = repository(admin, key, today);
    JsonObject scaling =
        item(reviewer.get("api/v1/reviews?all=true&repository=" + key).json(), "scaling.md");
    long id = scaling.getJsonNumber("id").longValue();
    long version = scaling.getJsonNumber("version").longValue();

    for (String query :
        List.of(
            "colour=red",
            "reason=whim",
            "sort=random",
            "page=-1",
            "size=1000",
            "overdue=yes",
            "repository=Not%20A%20Key")) {
      assertProblem(reviewer.get("api/v1/reviews?" + query), 400);
    }
    assertProblem(reviewer.get("api/v1/reviews/999999999"), 404);
    assertProblem(reviewer.get("api/v1/reviews/abc"), 404);
    assertProblem(reviewer.get("api/v1/reviews/by-runbook?repository=" + key), 400);
    assertProblem(
        reviewer.get("api/v1/reviews/by-runbook?repository=" + key + "&path=missing.md"), 404);
    String path = "api/v1/reviews/" + id + "/reviews";
    assertProblem(reviewer.post(path, ""), 400);
    assertProblem(reviewer.post(path, "{\"outcome\":\"still_accurate\"}"), 400);
    assertProblem(reviewer.post(path, "{\"version\":" + version + ",\"outcome\":\"fine\"}"), 400);
    assertProblem(
        reviewer.post(
            path,
            "{\"version\":"
                + version
                + ",\"outcome\":\"retired\",\"notes\":\""
                + "x".repeat(4001)
                + "\"}"),
        400);
    assertProblem(
        reviewer.post(path, "{\"version\":" + (version + 7) + ",\"outcome\":\"retired\"}"), 409);
    assertProblem(
        incidents
            .as("responder")
            .post(path, "{\"version\":" + version + ",\"outcome\":\"still_accurate\"}"),
        403);
    assertProblem(
        reviewer.post(
            "api/v1/reviews/" + id + "/assign",
            "{\"version\":" + version + ",\"assignee\":\"nobody-" + key + "\"}"),
        400);
    assertProblem(
        reviewer.post("api/v1/reviews/" + id + "/assign", "{\"assignee\":\"reviewer\"}"), 400);
    assertThat(history(reviewer, id)).isEmpty();
    assertThat(reviewer.get("api/v1/reviews/" + id).json().getJsonNumber("version").longValue())
        .isEqualTo(version);
    BrowserSession pages = new BrowserSession(base).signIn("reviewer", "hindsight-demo", "/");
    assertThat(pages.get("review.xhtml?repo=Not%20A%20Key&path=x.md").statusCode()).isEqualTo(400);
    assertThat(pages.get("review.xhtml?repo=" + key + "&path=missing.md").statusCode())
        .isEqualTo(404);
    var filtered = pages.get("reviews.xhtml?reason=whim&page=abc&repo=" + key);
    assertThat(filtered.statusCode()).isEqualTo(200);
    assertThat(filtered.body()).contains("There is no reason").contains("id=\"queue-total\"");

    // Assigning announces it; the runbook deleted since cannot be reviewed.
    ApiClient.Reply assigned =
        reviewer.post(
            "api/v1/reviews/" + id + "/assign",
            "{\"version\":" + version + ",\"assignee\":\"reviewer2\"}");
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    assertThat(assigned.json().getString("assignee")).isEqualTo("reviewer2");
    assertThat(sweep(admin, null, key))
        .anyMatch(e -> e.startsWith("review:" + id + ":assigned:reviewer2:"));
    long assignedVersion = assigned.json().getJsonNumber("version").longValue();
    remote.commit("Ana Lima", "Drop scaling", files("scaling.md", null));
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(200);
    assertProblem(reviewer.get("api/v1/reviews/" + id), 404);
    assertProblem(
        reviewer.post(path, "{\"version\":" + assignedVersion + ",\"outcome\":\"retired\"}"), 409);
    assertThat(history(reviewer, id)).isEmpty();
  }

  /**
   * A generated repository of 1,000 runbooks: the queue page and the API list stay one page of 50,
   * and fast next to a trivial endpoint of the same server (figures printed for the benchmarks).
   */
  @Test
  void theQueueOfAThousandRunbooksIsOnePageOfFiftyAndFast() {
    ApiClient admin = new IncidentApi(base).as("admin");
    String key = uniqueKey("big");
    BareRemote remote =
        BareRemote.create(
            TestServer.dataDir().resolve("review-remotes").resolve(key + ".git"), "main");
    Object[] files = new Object[2000];
    for (int i = 0; i < 1000; i++) {
      files[2 * i] = "svc-" + (i % 20) + "/runbook-" + i + ".md";
      files[2 * i + 1] =
          "---\nowner: "
              + (i % 3 == 0 ? "reviewer" : "Team " + (i % 7))
              + "\nseverity: "
              + (i % 4 == 0 ? "critical" : "medium")
              + "\nlast_reviewed: 2026-0"
              + (1 + i % 9)
              + "-15\n---\n# Runbook "
              + i
              + "\n\n## Steps\n\n1. Check service "
              + i
              + ".\n";
    }
    remote.commit("Ana Lima", "A thousand runbooks", files(files));
    long syncStart = System.nanoTime();
    ApiClient.Reply registered =
        admin.post(
            "api/v1/repositories",
            Json.createObjectBuilder()
                .add("key", key)
                .add("name", "Big " + key)
                .add("url", remote.url())
                .add("branch", "main")
                .build()
                .toString());
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    FirstSync.await(admin, key);
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(200);
    long syncMillis = (System.nanoTime() - syncStart) / 1_000_000;
    JsonObject all = admin.get("api/v1/reviews?all=true&size=1&repository=" + key).json();
    assertThat(all.getInt("total")).isEqualTo(1000);

    BrowserSession reviewer = new BrowserSession(base).signIn("reviewer", "hindsight-demo", "/");
    String page = "reviews.xhtml?all=true&repo=" + key;
    String api = "api/v1/reviews?all=true&size=50&repository=" + key;
    ApiClient client = new IncidentApi(base).as("reviewer");
    for (int i = 0; i < 5; i++) {
      reviewer.get(page);
      client.get(api);
      client.get("api/v1/me");
    }
    long[] pageTimes = new long[30];
    long[] apiTimes = new long[30];
    long[] trivialTimes = new long[30];
    String html = "";
    for (int i = 0; i < 30; i++) {
      long start = System.nanoTime();
      html = reviewer.get(page + "&page=" + (i % 20)).body();
      pageTimes[i] = System.nanoTime() - start;
      start = System.nanoTime();
      ApiClient.Reply listed = client.get(api + "&page=" + (i % 20));
      apiTimes[i] = System.nanoTime() - start;
      assertThat(listed.json().getJsonArray("items")).hasSize(50);
      start = System.nanoTime();
      client.get("api/v1/me");
      trivialTimes[i] = System.nanoTime() - start;
    }
    assertThat(html.split("id=\"queue-item-", -1)).hasSize(51);
    assertThat(html.length()).isLessThan(200_000);
    System.out.printf(
        "Review queue, 1,000 runbooks: sync+queue %d ms; page of 50 p50 %.1f ms p95 %.1f ms (%d"
            + " bytes); API p50 %.1f ms p95 %.1f ms; trivial /api/v1/me p50 %.1f ms p95 %.1f"
            + " ms%n",
        syncMillis,
        percentile(pageTimes, 50),
        percentile(pageTimes, 95),
        html.length(),
        percentile(apiTimes, 50),
        percentile(apiTimes, 95),
        percentile(trivialTimes, 50),
        percentile(trivialTimes, 95));
    assertThat(percentile(apiTimes, 95)).isLessThan(2000);
    assertThat(percentile(pageTimes, 95)).isLessThan(2000);
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    java.util.Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  /** Sweeps the test's own repository: the suite's others are many, some of hundreds of files. */
  private List<String> sweep(ApiClient admin, String at, String repository) {
    ApiClient.Reply reply =
        admin.post(
            "api/it/review-sweep?repository=" + repository + (at == null ? "" : "&at=" + at), "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return List.of(reply.body().split("\n"));
  }

  private static JsonArray history(ApiClient client, long id) {
    ApiClient.Reply reply = client.get("api/v1/reviews/" + id + "/history");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.jsonValue().asJsonArray();
  }

  private static String feedbackState(ApiClient client, String incident) {
    return client
        .get("api/v1/incidents/" + incident + "/feedback")
        .jsonValue()
        .asJsonArray()
        .getJsonObject(0)
        .getString("state");
  }

  static String joined(List<String> lines) {
    return lines.stream().collect(Collectors.joining("\n"));
  }
}
