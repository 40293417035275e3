package io.hindsight.bench;

import io.hindsight.testing.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios of the load run, each alone on the server for its time, the static file (WildFly's
 * ceiling) first; one row per scenario against the ceiling, and one for the server's RSS.
 */
final class LoadScenarios {

  private static final long READ_P99 = 50_000_000L;
  private static final long WRITE_P99 = 100_000_000L;
  private static final double LIST_SHARE = 0.5;
  private static final long MAX_RSS = 1024L * 1024 * 1024;
  private static final String[] QUERIES = {
    "checkout latency", "kubectl pods", "payment pool", "service-1234", "dashboards escalation"
  };

  private record Scenario(String name, boolean write, boolean list, LoadDriver.Step step) {}

  private final String base;
  private final ServerRun server;
  private final ResultTable table;
  private final int users = Integer.getInteger("bench.load.users", 64);
  private final Duration seconds = LoadBenchmark.seconds("bench.load.seconds", 60);
  private final Duration warmup = LoadBenchmark.seconds("bench.load.warmup", 5);

  LoadScenarios(URL base, ServerRun server, ResultTable table) {
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    this.server = server;
    this.table = table;
  }

  void run(String adminToken, String authorToken, String session) throws Exception {
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(
        new Scenario(
            "GET static/hindsight.css (ceiling)",
            false,
            false,
            (u, n) -> get("static/hindsight.css").build()));
    scenarios.add(
        new Scenario("GET /api/v1/me", false, false, (u, n) -> api("api/v1/me", adminToken)));
    scenarios.add(
        new Scenario(
            "incident list (50 of 20,001)",
            false,
            true,
            (u, n) -> api("api/v1/incidents?size=50&page=" + (n % 10), adminToken)));
    scenarios.add(
        new Scenario(
            "incident detail",
            false,
            false,
            (u, n) ->
                api(
                    "api/v1/incidents/" + TeamData.incidentKey(pick(u, n, TeamData.INCIDENTS)),
                    adminToken)));
    scenarios.add(
        new Scenario(
            "post-mortem list (50 of 5,001)",
            false,
            true,
            (u, n) -> api("api/v1/postmortems?size=50&page=" + (n % 10), adminToken)));
    scenarios.add(
        new Scenario(
            "post-mortem detail",
            false,
            false,
            (u, n) ->
                api(
                    "api/v1/postmortems/"
                        + TeamData.postmortemKey(pick(u, n, TeamData.POSTMORTEMS)),
                    adminToken)));
    scenarios.add(new Scenario("post-mortem save", true, false, saves(authorToken)));
    scenarios.add(
        new Scenario(
            "action item board (50 open of 100,001)",
            false,
            true,
            (u, n) -> api("api/v1/action-items?open=true&size=50&page=" + (n % 10), adminToken)));
    scenarios.add(
        new Scenario(
            "runbook view (API, 1 of 10,000)",
            false,
            false,
            (u, n) -> {
              int runbook = (int) pick(u, n, 10_000);
              return api(
                  "api/v1/runbooks/load-"
                      + runbook / 2_000
                      + "/"
                      + GeneratedRepository.path(runbook),
                  adminToken);
            }));
    scenarios.add(
        new Scenario(
            "catalog page (runbooks.xhtml, 50 of 2,000)",
            false,
            true,
            (u, n) ->
                get("runbooks.xhtml?repo=load-" + (u % 5) + "&page=" + (1 + n % 40))
                    .header("Cookie", "HINDSIGHT_SESSION=" + session)
                    .build()));
    scenarios.add(
        new Scenario(
            "search (runbooks and post-mortems)",
            false,
            false,
            (u, n) ->
                api(
                    "api/v1/search?q="
                        + QUERIES[(int) ((u + n) % QUERIES.length)].replace(" ", "+"),
                    adminToken)));

    String only = System.getProperty("bench.load.only", "");
    if (!only.isBlank()) {
      List<String> prefixes = List.of(only.split(","));
      scenarios.removeIf(
          scenario ->
              scenario != scenarios.get(0)
                  && prefixes.stream().noneMatch(prefix -> scenario.name().startsWith(prefix)));
    }
    pageWeights(session);
    LoadDriver driver = new LoadDriver(users, warmup, seconds, server::rssBytes);
    LoadDriver.Result ceiling = null;
    long maxRss = 0;
    for (Scenario scenario : scenarios) {
      LoadDriver.Result result = driver.run(scenario.name(), scenario.step());
      System.out.printf(
          "  %s: %.0f/s, p50 %s, p95 %s, p99 %s, %d errors%n",
          scenario.name(),
          result.throughput(),
          Timing.millis(result.p50()).trim(),
          Timing.millis(result.p95()).trim(),
          Timing.millis(result.p99()).trim(),
          result.errors());
      if (ceiling == null) {
        ceiling = result;
      }
      maxRss = Math.max(maxRss, result.maxRssBytes());
      table.add(row(scenario, result, ceiling));
      if (result.firstError() != null) {
        table.note(scenario.name() + ", first error: " + result.firstError());
      }
    }
    table.add(
        new ResultTable.Row(
            "server RSS, highest during the run (VmRSS)",
            "—",
            mib(maxRss),
            "—",
            "≤ 1,024 MiB",
            maxRss > 0 && maxRss <= MAX_RSS));
    table.note(
        users
            + " connections, closed loop, "
            + warmup.toSeconds()
            + " s warm-up then "
            + seconds.toSeconds()
            + " s per scenario (-Dbench.load.seconds), the client on the same machine as the server.");
  }

  private ResultTable.Row row(
      Scenario scenario, LoadDriver.Result result, LoadDriver.Result ceiling) {
    double share = result.throughput() / ceiling.throughput();
    long limit = scenario.write() ? WRITE_P99 : READ_P99;
    boolean pass =
        result.errors() == 0
            && result.requests() > 0
            && result.p99() <= limit
            && (!scenario.list() || share >= LIST_SHARE);
    return new ResultTable.Row(
        scenario.name(),
        String.format("%,.0f/s", ceiling.throughput()),
        String.format(
            "%,.0f/s; p50 %s, p95 %s, p99 %s; %d errors; RSS %s",
            result.throughput(),
            Timing.millis(result.p50()).trim(),
            Timing.millis(result.p95()).trim(),
            Timing.millis(result.p99()).trim(),
            result.errors(),
            mib(result.maxRssBytes())),
        String.format("%.0f %% of ceiling", share * 100),
        "p99 ≤ "
            + limit / 1_000_000
            + " ms, 0 errors"
            + (scenario.list() ? ", ≥ 50 % of ceiling" : ""),
        pass);
  }

  /** The catalog pages' weight of the 5 × 2,000 runbooks: first, deep, sorted, a folder, lint. */
  private void pageWeights(String session) throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    long largest = 0;
    List<String> pages =
        List.of(
            "runbooks.xhtml?repo=load-0",
            "runbooks.xhtml?repo=load-1&page=37",
            "runbooks.xhtml?repo=load-4&sort=owner&page=21",
            "runbooks.xhtml?repo=load-3&folder=runbooks%2Fteam-07&page=2",
            "runbook-lint.xhtml?repo=load-2");
    for (String page : pages) {
      HttpResponse<byte[]> reply =
          client.send(
              get(page).header("Cookie", "HINDSIGHT_SESSION=" + session).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (reply.statusCode() != 200) {
        throw new IOException(page + " answered " + reply.statusCode());
      }
      largest = Math.max(largest, reply.body().length);
      table.note(String.format("%s: %,d bytes", page, reply.body().length));
    }
    table.add(
        new ResultTable.Row(
            "largest catalog or lint page over 10,000 runbooks",
            "—",
            String.format("%,d bytes", largest),
            "—",
            "≤ 100 KB",
            largest <= 100 * 1024));
  }

  /** Each connection saves its own post-mortem, sending the version its last save answered. */
  private LoadDriver.Step saves(String token) throws IOException {
    long[] versions = new long[users];
    ApiClient author = new ApiClient(new URL(base)).bearer(token);
    for (int u = 0; u < users; u++) {
      versions[u] =
          LoadBenchmark.expect(author.get("api/v1/postmortems/" + TeamData.postmortemKey(u)), 200)
              .json()
              .getJsonNumber("version")
              .longValue();
    }
    return new LoadDriver.Step() {
      @Override
      public HttpRequest request(int user, long n) {
        String body =
            Json.createObjectBuilder()
                .add("version", versions[user])
                .add(
                    "sections",
                    Json.createObjectBuilder()
                        .add("summary", "Checkout latency rose above 2 s (save " + n + ")."))
                .build()
                .toString();
        return get("api/v1/postmortems/" + TeamData.postmortemKey(user))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build();
      }

      @Override
      public void answered(int user, HttpResponse<String> reply) {
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
          JsonObject saved = reader.readObject();
          versions[user] = saved.getJsonNumber("version").longValue();
        }
      }
    };
  }

  /** Saves the summary of a post-mortem once, based on its current version. */
  static void save(ApiClient client, String key, String text) throws IOException {
    long version =
        LoadBenchmark.expect(client.get("api/v1/postmortems/" + key), 200)
            .json()
            .getJsonNumber("version")
            .longValue();
    LoadBenchmark.expect(
        client.put(
            "api/v1/postmortems/" + key,
            Json.createObjectBuilder()
                .add("version", version)
                .add("sections", Json.createObjectBuilder().add("summary", text))
                .build()
                .toString()),
        200);
  }

  private HttpRequest api(String path, String token) {
    return get(path).header("Authorization", "Bearer " + token).build();
  }

  private HttpRequest.Builder get(String path) {
    return LoadDriver.request(base + path);
  }

  /** A pseudo-random pick, different per connection and request, the same in every run. */
  private static long pick(int user, long n, long bound) {
    long mixed = (user * 0x9E3779B97F4A7C15L) ^ (n * 0xBF58476D1CE4E5B9L);
    mixed ^= mixed >>> 31;
    return Math.floorMod(mixed, bound);
  }

  private static String mib(long bytes) {
    return String.format("%,d MiB", bytes / (1024 * 1024));
  }
}
