package io.hindsight.bench;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Issue 11's target: the review queue with {@value #RUNBOOKS} runbooks in {@value #REPOSITORIES}
 * repositories and {@value #REASONS} open change reasons, on the built server. Each repository is
 * one commit of {@value #PER_REPOSITORY} runbooks (the index benchmark's text); every 25th runbook
 * of five "zones" names its zone in {@code services}, and one infrastructure change per zone makes
 * those due. Then {@value #RUNS} rounds (after {@value #WARMUPS} warm-ups) each time {@code GET
 * /api/v1/me} (the baseline), the whole queue's first page of 50 by urgency over the API, the
 * change-reason filter, and the queue page; p50 and p95 of each, as a client on the same machine
 * sees them.
 */
final class ReviewQueueBenchmark {

  static final int REPOSITORIES = 5;
  static final int PER_REPOSITORY = 2_000;
  static final int RUNBOOKS = REPOSITORIES * PER_REPOSITORY;
  static final int ZONES = 5;
  static final int ZONE_EVERY = 25;
  static final int REASONS = RUNBOOKS / ZONE_EVERY * ZONES;
  private static final int WARMUPS = 20;
  private static final int RUNS = 200;
  private static final String PASSWORD = "bench-admin-password";

  private ReviewQueueBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table =
        new ResultTable("Review queue, 10,000 runbooks and 2,000 open reasons (issue 11)");
    Optional<ServerRun.Build> build = ServerRun.build(table);
    if (build.isEmpty()) {
      return table;
    }
    Path wildflyHome = build.get().wildflyHome();
    Path war = build.get().war();
    long generating = System.nanoTime();
    Path[] repositories = new Path[REPOSITORIES];
    for (int r = 0; r < REPOSITORIES; r++) {
      repositories[r] = targetDir.resolve("bench-review/queue-" + r + ".git");
      generate(repositories[r], r);
    }
    table.note(
        "generated "
            + REPOSITORIES
            + " repositories of "
            + PER_REPOSITORY
            + " runbooks in "
            + Timing.millis(System.nanoTime() - generating).trim());
    try (ServerRun server =
        ServerRun.start(
            wildflyHome,
            targetDir.resolve("bench-server/review"),
            war,
            Map.of(
                "HINDSIGHT_REMOTES_FILE_ROOTS",
                targetDir.resolve("bench-review").toAbsolutePath().toString()))) {
      server.awaitReady(List.of(ServerRun.LOGIN, ServerRun.READY));
      URL base = URI.create(ServerRun.LOGIN.resolve("/").toString()).toURL();
      measure(table, base, repositories);
    }
    return table;
  }

  private static void measure(ResultTable table, URL base, Path[] repositories) throws Exception {
    ApiClient admin = ApiClient.signedIn(base, "admin", PASSWORD);
    long syncStart = System.nanoTime();
    for (int r = 0; r < REPOSITORIES; r++) {
      expect(
          admin.post(
              "api/v1/repositories",
              "{\"key\":\""
                  + key(r)
                  + "\",\"name\":\"Queue "
                  + r
                  + "\",\"url\":\""
                  + repositories[r].toUri()
                  + "\",\"branch\":\"main\",\"folder\":\"runbooks\"}"),
          201);
    }
    for (int r = 0; r < REPOSITORIES; r++) {
      while (admin
          .get("api/v1/repositories/" + key(r))
          .json()
          .getString("syncState")
          .equals("syncing")) {
        Thread.sleep(200);
      }
    }
    long queued;
    while ((queued = total(admin, "api/v1/reviews?all=true&size=1")) < RUNBOOKS) {
      Thread.sleep(500);
    }
    long syncNanos = System.nanoTime() - syncStart;
    table.add(
        new ResultTable.Row(
            "register and sync 5 repositories until the queue has every runbook",
            "—",
            Timing.millis(syncNanos),
            queued + " items (the demo sample repository's too)",
            "—",
            queued >= RUNBOOKS));
    long changeStart = System.nanoTime();
    for (int zone = 0; zone < ZONES; zone++) {
      expect(
          admin.post(
              "api/v1/changes/infrastructure",
              "{\"service\":\"" + zone(zone) + "\",\"reference\":\"bench-" + zone + "\"}"),
          200);
    }
    long reasons = total(admin, "api/v1/reviews?all=true&reason=change&size=1");
    table.add(
        new ResultTable.Row(
            "5 infrastructure changes (each scans 10,000 runbooks)",
            "—",
            Timing.millis(System.nanoTime() - changeStart),
            reasons + " runbooks with a change reason",
            REASONS + "",
            reasons == REASONS));

    BrowserSession browser = new BrowserSession(base).signIn("admin", PASSWORD, "/");
    long[][] times = new long[4][RUNS];
    ServerTimes server = new ServerTimes(URI.create(base + "metrics"));
    Map<String, ServerTimes.Snapshot> before = Map.of();
    for (int round = 0; round < WARMUPS + RUNS; round++) {
      int page = round % 20;
      if (round == WARMUPS) {
        before = snapshot(server);
      }
      long trivial = Timing.nanos(() -> expect(admin.get("api/v1/me"), 200));
      long queue =
          Timing.nanos(
              () -> expect(admin.get("api/v1/reviews?all=true&size=50&page=" + page), 200));
      long changed =
          Timing.nanos(
              () ->
                  expect(
                      admin.get("api/v1/reviews?all=true&reason=change&size=50&page=" + page),
                      200));
      long html = Timing.nanos(() -> ok(browser.get("reviews.xhtml?all=true&page=" + page)));
      if (round >= WARMUPS) {
        times[0][round - WARMUPS] = trivial;
        times[1][round - WARMUPS] = queue;
        times[2][round - WARMUPS] = changed;
        times[3][round - WARMUPS] = html;
      }
    }
    for (long[] series : times) {
      Arrays.sort(series);
    }
    table.add(row("GET /api/v1/me (trivial, the baseline)", times[0], times[0]));
    table.add(row("GET /api/v1/reviews?all=true, 50 of 10,000", times[0], times[1]));
    table.add(row("GET /api/v1/reviews?reason=change, 50 of 2,000", times[0], times[2]));
    table.add(row("GET reviews.xhtml?all=true, 50 rows", times[0], times[3]));
    Map<String, ServerTimes.Snapshot> after = snapshot(server);
    ServerTimes.Snapshot trivial = after.get(ME).since(before.get(ME));
    table.add(trivial.row("server time: GET /api/v1/me (the baseline)", trivial, 0.05));
    table.add(
        after
            .get(LISTS)
            .since(before.get(LISTS))
            .row("server time: GET /api/v1/reviews, both lists", trivial, 0.05));
    table.add(
        after
            .get(PAGE)
            .since(before.get(PAGE))
            .row("server time: GET reviews.xhtml, 50 rows", trivial, 0.05));
    table.note(
        RUNS
            + " rounds after "
            + WARMUPS
            + " warm-ups, pages 0 to 19 in turn, each round timing the baseline, the two API"
            + " lists and the page; first as a client on the same machine sees them, then as the"
            + " server's own http_server_requests_seconds histogram on /metrics counts them over"
            + " the same rounds (its buckets end at 5, 10, 25, 50, 100 and 200 ms, …: the share within"
            + " 50 ms is exact, a quantile is interpolated inside its bucket). Target: p95 ≤ 50 ms"
            + " server time.");
  }

  private static final String ME = "/api/v1/me";
  private static final String LISTS = "/api/v1/reviews";
  private static final String PAGE = "/reviews.xhtml";

  private static Map<String, ServerTimes.Snapshot> snapshot(ServerTimes server)
      throws IOException, InterruptedException {
    return Map.of(ME, server.read(ME), LISTS, server.read(LISTS), PAGE, server.read(PAGE));
  }

  private static String key(int repository) {
    return "queue-" + repository;
  }

  private static String zone(int zone) {
    return "zone-" + (char) ('a' + zone);
  }

  /** One commit of the repository's runbooks; every 25th of the first five zones names it. */
  static void generate(Path dir, int repository) throws IOException {
    Path marker = dir.resolve("hindsight-bench-complete");
    if (Files.exists(marker)) {
      return;
    }
    BenchFiles.deleteRecursively(dir);
    Files.createDirectories(dir.getParent());
    try (FileRepository git = (FileRepository) FileRepositoryBuilder.create(dir.toFile())) {
      git.create(true);
      RefUpdate head = git.updateRef("HEAD");
      head.link("refs/heads/main");
      try (ObjectInserter inserter = git.getObjectDatabase().newPackInserter()) {
        CommitWriter writer = new CommitWriter(git, inserter);
        for (int i = 0; i < PER_REPOSITORY; i++) {
          int n = repository * PER_REPOSITORY + i;
          String text = GeneratedRepository.runbook(n);
          int zone = n % ZONE_EVERY;
          if (zone < ZONES) {
            text = text.replace(", gateway]", ", gateway, " + zone(zone) + "]");
          }
          writer.put(GeneratedRepository.path(n), text);
        }
        PersonIdent author =
            new PersonIdent(
                "Ada Lovelace",
                "ada@example.org",
                Instant.parse("2026-06-01T09:00:00Z"),
                ZoneOffset.UTC);
        writer.publish("main", writer.commit(null, author, "Runbooks of queue " + repository));
      }
    }
    Files.writeString(marker, PER_REPOSITORY + " runbooks\n");
  }

  private static long total(ApiClient client, String path) throws IOException {
    return expect(client.get(path), 200).json().getJsonNumber("total").longValue();
  }

  private static ResultTable.Row row(String measure, long[] trivial, long[] sorted) {
    long p50 = sorted[sorted.length / 2];
    long p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    long baseP95 = trivial[(int) Math.ceil(trivial.length * 0.95) - 1];
    return new ResultTable.Row(
        measure,
        "p50 " + Timing.millis(trivial[trivial.length / 2]) + ", p95 " + Timing.millis(baseP95),
        "p50 " + Timing.millis(p50) + ", p95 " + Timing.millis(p95),
        String.format(
            "%.1f× baseline (p50), %.1f× (p95)",
            p50 / (double) trivial[trivial.length / 2], p95 / (double) baseP95),
        "p95 ≤ 50 ms",
        p95 <= 50_000_000L);
  }

  private static ApiClient.Reply expect(ApiClient.Reply reply, int status) throws IOException {
    if (reply.status() != status) {
      throw new IOException("expected " + status + ": " + reply);
    }
    return reply;
  }

  private static void ok(HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200) {
      throw new IOException(response.uri() + " answered " + response.statusCode());
    }
  }
}
