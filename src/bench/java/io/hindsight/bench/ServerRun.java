package io.hindsight.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One start of the built WildFly on its own fresh server base directory (configuration copied,
 * empty data, log and tmp) and a fresh Hindsight data directory, ports offset by {@value #OFFSET}.
 */
final class ServerRun implements AutoCloseable {

  static final int OFFSET = Integer.getInteger("bench.port.offset", 300);
  static final URI LOGIN = URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/login.xhtml");
  static final URI READY = URI.create("http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready");
  private static final Duration DEADLINE = Duration.ofMinutes(10);

  /** The configured WildFly and the WAR that {@code ./mvnw package} made. */
  record Build(Path wildflyHome, Path war) {}

  /**
   * The build ({@code bench.wildfly.home}, {@code bench.war}), or empty with a note on the table
   * that the benchmark is skipped because there is none.
   */
  static Optional<Build> build(ResultTable table) {
    Path wildflyHome = Path.of(System.getProperty("bench.wildfly.home", "target/wildfly"));
    Path war = Path.of(System.getProperty("bench.war", "target/ROOT.war"));
    if (!Files.isRegularFile(wildflyHome.resolve("bin/standalone.sh"))
        || !Files.isRegularFile(war)) {
      table.note("no built server or WAR: run ./mvnw package -DskipTests first. Skipped.");
      return Optional.empty();
    }
    return Optional.of(new Build(wildflyHome, war));
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private final Path baseDir;
  private final Path dataDir;
  private final Process process;
  private final long startNanos;

  private ServerRun(Path wildflyHome, Path baseDir, Path dataDir, Map<String, String> environment)
      throws IOException {
    this.baseDir = baseDir;
    this.dataDir = dataDir;
    ProcessBuilder builder =
        new ProcessBuilder(
                wildflyHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + OFFSET)
            .redirectErrorStream(true)
            .redirectOutput(baseDir.resolve("console.log").toFile());
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.environment().put("HINDSIGHT_DATA_DIR", dataDir.toString());
    builder.environment().put("HINDSIGHT_ADMIN_PASSWORD", "bench-admin-password");
    builder.environment().putAll(environment);
    this.startNanos = System.nanoTime();
    this.process = builder.start();
  }

  /** Starts the server, with the WAR in its deployments folder when {@code war} is given. */
  static ServerRun start(Path wildflyHome, Path baseDir, Path war) throws IOException {
    return start(wildflyHome, baseDir, war, Map.of());
  }

  /** As {@link #start(Path, Path, Path)}, with more environment variables for the server. */
  static ServerRun start(Path wildflyHome, Path baseDir, Path war, Map<String, String> environment)
      throws IOException {
    BenchFiles.deleteRecursively(baseDir);
    BenchFiles.copyRecursively(
        wildflyHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
    Files.createDirectories(baseDir.resolve("deployments"));
    if (war != null) {
      Files.copy(war, baseDir.resolve("deployments/ROOT.war"));
    }
    Path dataDir = Files.createTempDirectory("hindsight-bench-data");
    return new ServerRun(wildflyHome, baseDir, dataDir, environment);
  }

  /** Waits until every URL answers 200 (readiness also says UP); the time since process start. */
  long awaitReady(List<URI> urls) throws IOException, InterruptedException {
    long deadline = startNanos + DEADLINE.toNanos();
    for (URI url : urls) {
      while (!ready(url)) {
        if (System.nanoTime() > deadline || !process.isAlive()) {
          throw new IOException(url + " not ready; see " + baseDir.resolve("console.log"));
        }
        Thread.sleep(50);
      }
    }
    return System.nanoTime() - startNanos;
  }

  private boolean ready(URI url) throws InterruptedException {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          && (!url.equals(READY) || response.body().contains("\"UP\""));
    } catch (IOException notYet) {
      return false;
    }
  }

  /**
   * The resident memory of the server's JVM (the largest {@code VmRSS} of the start script and what
   * it started), from {@code /proc}; 0 where there is no {@code /proc}.
   */
  long rssBytes() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(process.toHandle()), process.descendants())
        .mapToLong(handle -> vmRss(handle.pid()))
        .max()
        .orElse(0);
  }

  private static long vmRss(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.replaceAll("[^0-9]", ""))
          .mapToLong(kib -> Long.parseLong(kib) * 1024)
          .findFirst()
          .orElse(0);
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  /** Stops the server with SIGTERM (a clean WildFly shutdown) and removes the data directory. */
  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
    BenchFiles.deleteRecursively(dataDir);
  }
}
