package io.hindsight.bench;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 14, part 6: the built server with a large team's data ({@link TeamData}: 200 users, 20,000
 * incidents with timelines, 5,000 post-mortems with revisions, 100,000 action items; 10,000
 * runbooks in 5 generated repositories, synced by the server itself) under a closed-loop load of
 * {@code -Dbench.load.users} (64) connections, {@code -Dbench.load.seconds} (60) per scenario, on
 * H2 or, with {@code -Ppostgresql}, on a fresh PostgreSQL database {@code -Dbench.load.database}.
 * Each scenario is compared with a static file of the same server measured in the same run.
 */
final class LoadBenchmark {

  static final int REPOSITORIES = 5;
  static final String PASSWORD = "bench-admin-password";
  static final String AUTHOR = "load-author";
  static final String AUTHOR_PASSWORD = "bench-load-author-password";

  private LoadBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    Database database = Database.fromProperties(targetDir.resolve("bench-load/h2"));
    ResultTable table = new ResultTable("Load, a large team's data (issue 14), " + database.label);
    Optional<ServerRun.Build> build = ServerRun.build(table);
    if (build.isEmpty()) {
      return table;
    }
    Path wildflyHome = build.get().wildflyHome();
    Path war = build.get().war();
    long generating = System.nanoTime();
    Path repositories = targetDir.resolve("bench-load/repositories");
    for (int r = 0; r < REPOSITORIES; r++) {
      ReviewQueueBenchmark.generate(repositories.resolve("load-" + r + ".git"), r);
    }
    table.note(
        "generated 5 repositories of 2,000 runbooks in "
            + Timing.millis(System.nanoTime() - generating).trim());
    database.recreate();
    Map<String, String> environment = new HashMap<>(database.environment());
    environment.put("HINDSIGHT_REMOTES_FILE_ROOTS", repositories.toString());
    try (ServerRun server =
        ServerRun.start(wildflyHome, targetDir.resolve("bench-server/load"), war, environment)) {
      server.awaitReady(List.of(ServerRun.LOGIN, ServerRun.READY));
      URL base = URI.create(ServerRun.LOGIN.resolve("/").toString()).toURL();
      ApiClient admin = ApiClient.signedIn(base, "admin", PASSWORD);
      String incident = prototype(base, admin);
      long filling = System.nanoTime();
      long rows;
      try (Connection connection = database.connect()) {
        rows = new TeamData(connection).fill(AUTHOR, incident);
      }
      table.note(
          String.format(
              "%,d rows copied from the prototype by JDBC batches in %s",
              rows, Timing.millis(System.nanoTime() - filling).trim()));
      long syncing = System.nanoTime();
      for (int r = 0; r < REPOSITORIES; r++) {
        expect(
            admin.post(
                "api/v1/repositories",
                "{\"key\":\"load-"
                    + r
                    + "\",\"name\":\"Load "
                    + r
                    + "\",\"url\":\""
                    + repositories.resolve("load-" + r + ".git").toUri()
                    + "\",\"branch\":\"main\",\"folder\":\"runbooks\"}"),
            201);
      }
      for (int r = 0; r < REPOSITORIES; r++) {
        String state;
        while ((state = admin.get("api/v1/repositories/load-" + r).json().getString("syncState"))
                .equals("syncing")
            || state.equals("never")) {
          Thread.sleep(200);
        }
        if (!state.equals("ok")) {
          throw new IOException("the sync of load-" + r + " ended " + state);
        }
      }
      table.note(
          "registered and synced 10,000 runbooks in "
              + Timing.millis(System.nanoTime() - syncing).trim());
      long searching = System.nanoTime();
      expect(
          admin.raw(
              admin
                  .request("api/v1/search?q=checkout")
                  .timeout(Duration.ofMinutes(10))
                  // On an upgraded HTTP/2 connection this minute-long request ended in a GOAWAY
                  // from the server after 90 s (2026-12-03); HTTP/1.1 waits it out.
                  .version(java.net.http.HttpClient.Version.HTTP_1_1)),
          200);
      table.note(
          "the first search (which indexes the 5,000 copied post-mortems) took "
              + Timing.millis(System.nanoTime() - searching).trim());
      BrowserSession browser = new BrowserSession(base).signIn("admin", PASSWORD, "/");
      String adminToken = ApiClient.issueToken(base, "admin", PASSWORD);
      String authorToken = ApiClient.issueToken(base, AUTHOR, AUTHOR_PASSWORD);
      hold(base, adminToken, authorToken, browser.sessionId());
      new LoadScenarios(base, server, table).run(adminToken, authorToken, browser.sessionId());
    }
    return table;
  }

  /**
   * With {@code -Dbench.load.hold=<file>}, writes the server's address and credentials to the file
   * and keeps the loaded server up until the file is deleted: for profiling or another load tool.
   */
  private static void hold(URL base, String adminToken, String authorToken, String session)
      throws IOException, InterruptedException {
    String file = System.getProperty("bench.load.hold", "");
    if (file.isBlank()) {
      return;
    }
    Path hold = Path.of(file);
    Files.writeString(
        hold,
        "BASE="
            + base
            + "\nADMIN_TOKEN="
            + adminToken
            + "\nAUTHOR_TOKEN="
            + authorToken
            + "\nSESSION="
            + session
            + "\n");
    System.out.println("  holding the loaded server until " + hold + " is deleted");
    while (Files.exists(hold)) {
      Thread.sleep(1_000);
    }
  }

  /** One incident with a timeline, resolved, its post-mortem saved three times, an action item. */
  private static String prototype(URL base, ApiClient admin) throws IOException {
    expect(
        admin.post(
            "api/v1/users",
            "{\"username\":\""
                + AUTHOR
                + "\",\"password\":\""
                + AUTHOR_PASSWORD
                + "\",\"roles\":[\"viewer\",\"responder\"]}"),
        201);
    ApiClient author = ApiClient.signedIn(base, AUTHOR, AUTHOR_PASSWORD);
    Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    String key =
        expect(
                author.post(
                    "api/v1/incidents",
                    "{\"title\":\"Checkout latency\",\"severity\":\"P1\",\"category\":\"outage\","
                        + "\"services\":[\"checkout-api\"],\"startedAt\":\""
                        + start
                        + "\",\"detectedAt\":\""
                        + start.plusSeconds(300)
                        + "\",\"commander\":\""
                        + AUTHOR
                        + "\"}"),
                201)
            .json()
            .getString("key");
    for (int entry = 0; entry < 8; entry++) {
      expect(
          author.post(
              "api/v1/incidents/" + key + "/timeline",
              "{\"kind\":\"observation\",\"text\":\"Checkout p99 at "
                  + (900 + entry * 100)
                  + " ms; the payment pool is saturated (step "
                  + entry
                  + ")\",\"occurredAt\":\""
                  + start.plusSeconds(600 + entry * 600L)
                  + "\"}"),
          201);
    }
    expect(
        author.post(
            "api/v1/incidents/" + key + "/resolve",
            "{\"at\":\"" + start.plusSeconds(6_000) + "\"}"),
        200);
    String postmortem = "PM-" + key.substring("INC-".length());
    for (int save = 0; save < 3; save++) {
      LoadScenarios.save(author, postmortem, "Revision " + save);
    }
    expect(
        author.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + postmortem
                + "\",\"title\":\"Alert on checkout latency\",\"kind\":\"detect\","
                + "\"priority\":\"high\",\"owner\":\""
                + AUTHOR
                + "\",\"dueDate\":\"2027-03-01\"}"),
        201);
    return key;
  }

  static ApiClient.Reply expect(ApiClient.Reply reply, int status) throws IOException {
    if (reply.status() != status) {
      throw new IOException("expected " + status + ": " + reply);
    }
    return reply;
  }

  /** H2 in a file the bench opens too (AUTO_SERVER), or a fresh PostgreSQL database. */
  record Database(String label, String url, String user, String password, Path h2File) {

    static Database fromProperties(Path h2Directory) {
      if ("postgresql".equals(System.getProperty("bench.db.driver", "h2"))) {
        String name = System.getProperty("bench.load.database", "hindsight_load");
        String url =
            "jdbc:postgresql://"
                + System.getProperty("bench.pg.host", "127.0.0.1")
                + ":"
                + System.getProperty("bench.pg.port", "5432")
                + "/"
                + name;
        return new Database(
            "PostgreSQL",
            url,
            System.getProperty("bench.pg.user", "postgres"),
            System.getProperty("bench.pg.password", "postgres"),
            null);
      }
      Path file = h2Directory.resolve("hindsight");
      return new Database(
          "H2",
          "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;CACHE_SIZE=131072",
          "sa",
          "sa",
          h2Directory);
    }

    Map<String, String> environment() {
      return Map.of(
          "HINDSIGHT_DB_DRIVER",
          h2File == null ? "postgresql" : "h2",
          "HINDSIGHT_DB_URL",
          url,
          "HINDSIGHT_DB_USER",
          user,
          "HINDSIGHT_DB_PASSWORD",
          password);
    }

    void recreate() throws Exception {
      if (h2File != null) {
        BenchFiles.deleteRecursively(h2File);
        return;
      }
      String name = url.substring(url.lastIndexOf('/') + 1);
      String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
      try (Connection connection = DriverManager.getConnection(server, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("drop database if exists " + name + " with (force)");
        statement.execute("create database " + name);
      }
    }

    Connection connect() throws Exception {
      return DriverManager.getConnection(url, user, password);
    }
  }

  static Duration seconds(String property, int fallback) {
    return Duration.ofSeconds(Integer.getInteger(property, fallback));
  }
}
