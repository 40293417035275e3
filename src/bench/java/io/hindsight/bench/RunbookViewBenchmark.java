package io.hindsight.bench;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import jakarta.json.JsonObject;
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
import java.util.Random;
import java.util.Set;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Issue 14, part 1: a runbook's view on a repository of {@value #RUNBOOKS} runbooks and {@value
 * #COMMITS} commits (about 80 commits per runbook), on the built server: the first sync
 * (registering starts it), then the runbook's API view and page, p50 and p95 of {@value #RUNS}
 * views of runbooks picked at random, against {@code GET /api/v1/me} timed in the same rounds.
 */
final class RunbookViewBenchmark {

  static final int RUNBOOKS = 650;
  static final int COMMITS = 19_000;
  private static final int WARMUPS = 30;
  private static final int RUNS = 300;
  private static final String KEY = "big-history";

  private RunbookViewBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Runbook view on 19,000 commits (issue 14)");
    Optional<ServerRun.Build> build = ServerRun.build(table);
    if (build.isEmpty()) {
      return table;
    }
    Path wildflyHome = build.get().wildflyHome();
    Path war = build.get().war();
    Path repository = targetDir.resolve("bench-history/" + KEY + ".git");
    long generating = System.nanoTime();
    Path marker = repository.resolve("hindsight-bench-complete");
    if (Files.exists(marker)) {
      table.note("reused " + repository + ": " + Files.readString(marker).strip());
    } else {
      int[] histories = generate(repository);
      String shape =
          RUNBOOKS
              + " runbooks, "
              + COMMITS
              + " commits; commits per runbook: median "
              + histories[histories.length / 2]
              + ", max "
              + histories[histories.length - 1];
      Files.writeString(marker, shape + "\n");
      table.note("generated " + shape + " in " + Timing.millis(System.nanoTime() - generating));
    }
    try (ServerRun server =
        ServerRun.start(
            wildflyHome,
            targetDir.resolve("bench-server/history"),
            war,
            Map.of(
                "HINDSIGHT_REMOTES_FILE_ROOTS",
                repository.getParent().toString(),
                // 19,000 commits are about 160,000 objects, over the default fetch limit of
                // 100,000.
                "HINDSIGHT_REMOTES_MAX_OBJECTS",
                "1000000",
                "HINDSIGHT_REMOTES_MAX_PACK_MB",
                "1000"))) {
      server.awaitReady(List.of(ServerRun.LOGIN, ServerRun.READY));
      URL base = URI.create(ServerRun.LOGIN.resolve("/").toString()).toURL();
      measure(table, base, repository);
    }
    return table;
  }

  private static void measure(ResultTable table, URL base, Path repository) throws Exception {
    ApiClient admin = ApiClient.signedIn(base, "admin", "bench-admin-password");
    long syncStart = System.nanoTime();
    expect(
        admin.post(
            "api/v1/repositories",
            "{\"key\":\""
                + KEY
                + "\",\"name\":\"Big history\",\"url\":\""
                + repository.toUri()
                + "\",\"branch\":\"main\",\"folder\":\"runbooks\"}"),
        201);
    while (Set.of("never", "syncing")
        .contains(admin.get("api/v1/repositories/" + KEY).json().getString("syncState"))) {
      Thread.sleep(100);
    }
    long syncNanos = System.nanoTime() - syncStart;
    JsonObject synced = admin.get("api/v1/repositories/" + KEY).json();
    String state = synced.getString("syncState");
    table.add(
        new ResultTable.Row(
            "first sync (index and histories), register to done",
            "—",
            Timing.millis(syncNanos),
            state,
            "—",
            state.equals("ok")));
    if (!state.equals("ok")) {
      table.note("the first sync ended " + state + ": " + synced.get("lastSyncError") + ".");
      return;
    }

    BrowserSession browser = new BrowserSession(base).signIn("admin", "bench-admin-password", "/");
    Random random = new Random(7);
    long[][] times = new long[3][RUNS];
    for (int round = 0; round < WARMUPS + RUNS; round++) {
      String runbook = GeneratedRepository.path(random.nextInt(RUNBOOKS));
      long trivial = Timing.nanos(() -> expect(admin.get("api/v1/me"), 200));
      long api =
          Timing.nanos(() -> expect(admin.get("api/v1/runbooks/" + KEY + "/" + runbook), 200));
      long page =
          Timing.nanos(() -> ok(browser.get("runbook.xhtml?repo=" + KEY + "&path=" + runbook)));
      if (round >= WARMUPS) {
        times[0][round - WARMUPS] = trivial;
        times[1][round - WARMUPS] = api;
        times[2][round - WARMUPS] = page;
      }
    }
    for (long[] series : times) {
      Arrays.sort(series);
    }
    table.add(row("GET /api/v1/me (trivial)", times[0], times[0]));
    table.add(row("GET /api/v1/runbooks/{repo}/{path} (80 newest commits)", times[0], times[1]));
    table.add(row("GET runbook.xhtml (page with 80 commits)", times[0], times[2]));
    table.note(
        RUNS
            + " views of runbooks picked at random after "
            + WARMUPS
            + " warm-ups, each round timing the trivial endpoint, the API view and the page in"
            + " turn; times seen by a client on the same machine; target p95 ≤ 50 ms.");
  }

  private static ResultTable.Row row(String measure, long[] trivial, long[] sorted) {
    long p50 = sorted[sorted.length / 2];
    long p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    return new ResultTable.Row(
        measure,
        "p50 " + Timing.millis(trivial[trivial.length / 2]),
        "p50 " + Timing.millis(p50) + ", p95 " + Timing.millis(p95),
        String.format("%.1f× baseline (p50)", p50 / (double) trivial[trivial.length / 2]),
        "p95 ≤ 50 ms",
        p95 <= 50_000_000L);
  }

  /**
   * Writes the repository: one commit adds each runbook, then each commit edits two or three
   * runbooks picked at random (fixed seed), about 80 commits per runbook in all.
   *
   * @return the number of commits that touched each runbook, sorted
   */
  private static int[] generate(Path dir) throws IOException {
    BenchFiles.deleteRecursively(dir);
    Files.createDirectories(dir.getParent());
    int[] touched = new int[RUNBOOKS];
    try (FileRepository git = (FileRepository) FileRepositoryBuilder.create(dir.toFile())) {
      git.create(true);
      RefUpdate head = git.updateRef("HEAD");
      head.link("refs/heads/main");
      try (ObjectInserter inserter = git.getObjectDatabase().newPackInserter()) {
        CommitWriter writer = new CommitWriter(git, inserter);
        String[] contents = new String[RUNBOOKS];
        Random random = new Random(42);
        Instant start = Instant.parse("2019-01-07T09:00:00Z");
        ObjectId parent = null;
        for (int i = 0; i < COMMITS; i++) {
          String message;
          if (i < RUNBOOKS) {
            contents[i] = GeneratedRepository.runbook(i);
            writer.put(GeneratedRepository.path(i), contents[i]);
            touched[i]++;
            message = "Add runbook for service " + i;
          } else {
            int edits = i % 5 == 0 ? 2 : 3;
            for (int e = 0; e < edits; e++) {
              int runbook = random.nextInt(RUNBOOKS);
              contents[runbook] += "\n- Step added in revision " + i + "." + e + ".\n";
              writer.put(GeneratedRepository.path(runbook), contents[runbook]);
              touched[runbook]++;
            }
            message = "Refine steps (revision " + i + ")";
          }
          PersonIdent author =
              new PersonIdent(
                  "Author " + (i % 17),
                  "author" + (i % 17) + "@example.org",
                  start.plusSeconds(1_800L * i),
                  ZoneOffset.UTC);
          parent = writer.commit(parent, author, message);
        }
        writer.publish("main", parent);
      }
    }
    Arrays.sort(touched);
    return touched;
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
