package io.hindsight.bench;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Issue 13: the incident page of an incident with {@value #ENTRIES} timeline entries while {@value
 * #REPOSITORIES} × {@value #PER_REPOSITORY} runbooks are registered, on the built server: page
 * weight (≤ 60 KB), page time (≤ 100 ms), an action's round trip (the page's Ajax post; ≤ 200 ms)
 * and one live-timeline poll, each against a trivial endpoint ({@code GET /api/v1/me}) timed in the
 * same rounds. Times are seen from a client on the same machine (medians of {@value #RUNS}) and by
 * the server itself ({@link ServerTimes}: its request histogram over the measured rounds).
 */
final class IncidentRoomBenchmark {

  static final int ENTRIES = 500;
  static final int REPOSITORIES = 2;
  static final int PER_REPOSITORY = 500;
  private static final int WARMUPS = 10;
  private static final int RUNS = 100;
  private static final String PASSWORD = "bench-responder-password-13";
  private static final Pattern AFTER = Pattern.compile("data-after=\"([0-9]+)\"");

  private IncidentRoomBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Incident room (issue 13)");
    Optional<ServerRun.Build> build = ServerRun.build(table);
    if (build.isEmpty()) {
      return table;
    }
    Path wildflyHome = build.get().wildflyHome();
    Path war = build.get().war();
    Path repositories = targetDir.resolve("bench-room");
    BenchFiles.deleteRecursively(repositories);
    for (int r = 0; r < REPOSITORIES; r++) {
      generate(repositories.resolve("team-" + r + ".git"), r);
    }
    try (ServerRun server =
        ServerRun.start(
            wildflyHome,
            targetDir.resolve("bench-server/room"),
            war,
            Map.of("HINDSIGHT_REMOTES_FILE_ROOTS", repositories.toString()))) {
      server.awaitReady(List.of(ServerRun.LOGIN, ServerRun.READY));
      URL base = URI.create(ServerRun.LOGIN.resolve("/").toString()).toURL();
      measure(table, base, repositories);
    }
    return table;
  }

  private static void measure(ResultTable table, URL base, Path repositories) throws Exception {
    ApiClient admin = ApiClient.signedIn(base, "admin", "bench-admin-password");
    expect(
        admin.post(
            "api/v1/users",
            "{\"username\":\"responder13\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\"viewer\",\"responder\"]}"),
        201);
    for (int r = 0; r < REPOSITORIES; r++) {
      String key = "team-" + r;
      expect(
          admin.post(
              "api/v1/repositories",
              "{\"key\":\""
                  + key
                  + "\",\"name\":\"Team "
                  + r
                  + "\",\"url\":\""
                  + repositories.resolve(key + ".git").toUri()
                  + "\",\"branch\":\"main\",\"folder\":\"runbooks\"}"),
          201);
    }
    for (int r = 0; r < REPOSITORIES; r++) {
      awaitFirstSync(admin, "team-" + r);
    }
    ApiClient.Reply counted = admin.get("api/v1/runbooks?size=1");
    table.note(
        "runbooks registered: "
            + counted.json().get("total")
            + " in "
            + REPOSITORIES
            + " repositories");

    ApiClient responder = ApiClient.signedIn(base, "responder13", PASSWORD);
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String key =
        expect(
                responder.post(
                    "api/v1/incidents",
                    "{\"title\":\"Payments failing for service-42\",\"severity\":\"P1\","
                        + "\"category\":\"outage\",\"services\":[\"service-42\",\"gateway\"],"
                        + "\"startedAt\":\""
                        + now
                        + "\",\"detectedAt\":\""
                        + now
                        + "\"}"),
                201)
            .json()
            .getString("key");
    for (int i = 0; i < ENTRIES; i++) {
      expect(
          responder.post(
              "api/v1/incidents/" + key + "/timeline",
              "{\"kind\":\"observation\",\"text\":\"Error rate of service-42 at "
                  + i
                  + " % after the failover; checked the gateway pods and the dashboards.\"}"),
          201);
    }

    BrowserSession browser = new BrowserSession(base).signIn("responder13", PASSWORD, "/");
    String page = "incident.xhtml?key=" + key;
    HttpResponse<String> first = browser.get(page);
    int bytes = first.body().getBytes(StandardCharsets.UTF_8).length;
    Matcher after = AFTER.matcher(first.body());
    if (first.statusCode() != 200 || !after.find()) {
      throw new IOException("the incident page did not answer: " + first.statusCode());
    }
    String live = "incident-live?key=" + key + "&after=" + after.group(1);
    String viewState = BrowserSession.viewState(first.body());
    int[] action = {0};
    Timing.Task[] tasks = {
      () -> expect(responder.get("api/v1/me"), 200),
      () -> ok(browser.get(page)),
      () -> {
        HttpResponse<String> posted =
            browser.ajax(
                page,
                viewState,
                "entry:add-entry",
                "@form",
                "@form messages",
                Map.of(
                    "entry:kind", "ACTION", "entry:text", "Restarted gateway pod " + action[0]++));
        if (posted.statusCode() != 200 || !posted.body().contains("Entry added.")) {
          throw new IOException(
              "the entry was not added: " + posted.statusCode() + " " + posted.body());
        }
      },
      () -> ok(browser.get(live))
    };
    Timing.warmUp(WARMUPS, tasks);
    ServerTimes server = new ServerTimes(URI.create(base + "metrics"));
    ServerTimes.Snapshot[] timesBefore = serverTimes(server);
    long[] medians = Timing.interleavedMedians(0, RUNS, tasks);
    ServerTimes.Snapshot[] timesAfter = serverTimes(server);
    long trivial = medians[0];
    long pageGet = medians[1];
    long formRoundTrip = medians[2];
    long poll = medians[3];
    table.add(
        new ResultTable.Row(
            "incident page weight (" + ENTRIES + " entries)",
            "—",
            String.format("%.1f KB", bytes / 1024.0),
            "—",
            "≤ 60 KB",
            bytes <= 60 * 1024));
    table.add(row("GET incident page", trivial, pageGet, 100));
    table.add(
        row(
            "action round trip (Faces Ajax post of an entry, as the page sends it; the new entry"
                + " then comes with the next live poll)",
            trivial,
            formRoundTrip,
            200));
    table.add(
        row("action and the live poll that shows its entry", trivial, formRoundTrip + poll, 200));
    table.add(row("live timeline poll (nothing new)", trivial, poll, 100));
    ServerTimes.Snapshot baseline = timesAfter[0].since(timesBefore[0]);
    table.add(baseline.row("server time: GET /api/v1/me (the baseline)", baseline, 0.1));
    table.add(
        timesAfter[1].since(timesBefore[1]).row("server time: GET incident page", baseline, 0.1));
    table.add(
        timesAfter[2]
            .since(timesBefore[2])
            .row("server time: the action (POST incident.xhtml, Faces Ajax)", baseline, 0.2));
    table.add(
        timesAfter[3].since(timesBefore[3]).row("server time: live timeline poll", baseline, 0.1));
    table.note(
        "baseline: GET /api/v1/me with a token, timed in the same rounds; "
            + RUNS
            + " rounds after "
            + WARMUPS
            + " warm-ups; each action adds an entry, so the page grows to "
            + (ENTRIES + WARMUPS + RUNS + 1)
            + " entries (it shows the latest 100).");
  }

  /** The server's own times of the four requests a round makes, in the order of the tasks. */
  private static ServerTimes.Snapshot[] serverTimes(ServerTimes server)
      throws IOException, InterruptedException {
    return new ServerTimes.Snapshot[] {
      server.read("/api/v1/me"),
      server.read("/incident.xhtml"),
      server.read("POST", "/incident.xhtml"),
      server.read("other")
    };
  }

  private static ResultTable.Row row(String measure, long trivial, long nanos, long targetMillis) {
    return new ResultTable.Row(
        measure,
        Timing.millis(trivial),
        Timing.millis(nanos),
        String.format("%.1f× baseline", nanos / (double) trivial),
        "≤ " + targetMillis + " ms",
        nanos <= targetMillis * 1_000_000L);
  }

  /** Registering starts the first sync in the background; a sync asked for meanwhile is a 409. */
  private static void awaitFirstSync(ApiClient admin, String key)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (Set.of("never", "syncing")
        .contains(admin.get("api/v1/repositories/" + key).json().getString("syncState"))) {
      if (System.nanoTime() > deadline) {
        throw new IOException("The first sync of " + key + " did not end within 10 minutes.");
      }
      Thread.sleep(200);
    }
    String state = admin.get("api/v1/repositories/" + key).json().getString("syncState");
    if (!state.equals("ok")) {
      throw new IOException("The first sync of " + key + " ended " + state + ".");
    }
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

  /** A bare repository whose one commit holds {@value #PER_REPOSITORY} runbooks. */
  private static void generate(Path dir, int repository) throws IOException {
    try (FileRepository git = (FileRepository) FileRepositoryBuilder.create(dir.toFile())) {
      git.create(true);
      RefUpdate head = git.updateRef("HEAD");
      head.link("refs/heads/main");
      try (ObjectInserter inserter = git.getObjectDatabase().newPackInserter()) {
        CommitWriter writer = new CommitWriter(git, inserter);
        for (int i = 0; i < PER_REPOSITORY; i++) {
          int n = repository * PER_REPOSITORY + i;
          writer.put(String.format("runbooks/service-%04d.md", n), GeneratedRepository.runbook(n));
        }
        ObjectId commit =
            writer.commit(
                null,
                new PersonIdent("Ada Lovelace", "ada@example.org"),
                "Runbooks of team " + repository);
        writer.publish("main", commit);
      }
    }
  }
}
