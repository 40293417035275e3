package io.hindsight.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Issue 2: from process start until the login page answers 200 and readiness is UP, with the WAR
 * deployed (boot + deploy + migrations on a fresh data directory; target at most 20 s), against the
 * same server starting with no deployment. Runs alternate between the two; medians of {@value
 * #RUNS}.
 */
final class ColdStartBenchmark {

  private static final int RUNS = 3;
  private static final long TARGET_NANOS = 20_000_000_000L;

  private ColdStartBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Cold start to ready (issue 2)");
    Optional<ServerRun.Build> build = ServerRun.build(table);
    if (build.isEmpty()) {
      return table;
    }
    Path wildflyHome = build.get().wildflyHome();
    Path war = build.get().war();
    Path servers = targetDir.resolve("bench-server");
    long[] empty = new long[RUNS];
    long[] app = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      empty[i] = startOnce(wildflyHome, servers.resolve("empty"), null, List.of(ServerRun.READY));
      app[i] =
          startOnce(
              wildflyHome,
              servers.resolve("hindsight"),
              war,
              List.of(ServerRun.LOGIN, ServerRun.READY));
      System.out.printf(
          "  run %d: empty server %s, with Hindsight %s%n",
          i + 1, Timing.millis(empty[i]), Timing.millis(app[i]));
    }
    long emptyMedian = Timing.median(empty);
    long appMedian = Timing.median(app);
    table.note(
        "runs (empty / with Hindsight): "
            + String.join(", ", runs(empty, app))
            + "; each on a fresh server base directory and a fresh data directory.");
    table.add(
        new ResultTable.Row(
            "process start → login.xhtml 200 and health/ready UP",
            "empty server " + seconds(emptyMedian),
            seconds(appMedian),
            String.format("%.1f× the empty server", appMedian / (double) emptyMedian),
            "≤ 20 s",
            appMedian <= TARGET_NANOS));
    return table;
  }

  private static long startOnce(Path wildflyHome, Path baseDir, Path war, List<URI> urls)
      throws Exception {
    try (ServerRun server = ServerRun.start(wildflyHome, baseDir, war)) {
      return server.awaitReady(urls);
    }
  }

  private static List<String> runs(long[] empty, long[] app) {
    return java.util.stream.IntStream.range(0, empty.length)
        .mapToObj(i -> seconds(empty[i]) + " / " + seconds(app[i]))
        .toList();
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }
}
