package io.hindsight.bench;

import com.sun.net.httpserver.HttpServer;
import io.hindsight.notify.application.DeliveryFailure;
import io.hindsight.notify.application.OutgoingHttp;
import io.hindsight.notify.application.WebhookChannel;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.testing.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 10: {@value #MESSAGES} queued webhook messages delivered by the built server's worker to a
 * local receiver, against a plain loop in this JVM that POSTs the same bodies, signed alike, with
 * the same HTTP client ({@link OutgoingHttp}): the ceiling. Target: the worker reaches at least 50
 * % of the loop's throughput, with the server's heap flat while it drains.
 *
 * <p>The messages are written straight into the server's H2 database (opened with {@code
 * AUTO_SERVER=TRUE}) in one transaction, as producers would queue them; the worker finds them at
 * its next tick (every second: rows written with plain SQL wake no worker). Throughput is timed
 * from the first delivery the receiver gets to the last, on both sides; the wait before the
 * worker's first delivery is reported apart. Rounds alternate: loop, worker; the median of {@code
 * bench.notify.runs} (3) rounds after one warm-up round of {@value #WARMUP_MESSAGES}.
 */
final class NotifyBenchmark {

  static final int MESSAGES = 10_000;
  private static final int WARMUP_MESSAGES = 1_000;

  /** Measured rounds ({@code -Dbench.notify.runs}, 3 by default). */
  private static final int RUNS = Math.max(1, Integer.getInteger("bench.notify.runs", 3));

  private static final String SECRET = "bench-webhook-secret-0123456789";
  private static final Duration ROUND_DEADLINE = Duration.ofMinutes(15);
  private static final Pattern HEAP =
      Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} (\\S+)$");

  private NotifyBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Notification delivery (issue 10)");
    Optional<ServerRun.Build> build = ServerRun.build(table);
    if (build.isEmpty()) {
      return table;
    }
    Path wildflyHome = build.get().wildflyHome();
    Path war = build.get().war();
    Path database = targetDir.resolve("bench-server/notify-db").toAbsolutePath();
    BenchFiles.deleteRecursively(database);
    String jdbc =
        "jdbc:h2:file:" + database.resolve("hindsight") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    try (Receiver receiver = new Receiver();
        ServerRun server =
            ServerRun.start(
                wildflyHome,
                targetDir.resolve("bench-server/notify"),
                war,
                Map.of("HINDSIGHT_DB_URL", jdbc))) {
      server.awaitReady(List.of(ServerRun.LOGIN, ServerRun.READY));
      URL base = URI.create(ServerRun.LOGIN.resolve("/").toString()).toURL();
      measure(table, base, jdbc, receiver);
    }
    return table;
  }

  private static void measure(ResultTable table, URL base, String jdbc, Receiver receiver)
      throws Exception {
    ApiClient admin = ApiClient.signedIn(base, "admin", "bench-admin-password");
    ApiClient.Reply set =
        admin.put(
            "api/v1/notification-channels/escalation",
            "{\"webhookUrl\":\"" + receiver.url() + "\",\"webhookSecret\":\"" + SECRET + "\"}");
    if (set.status() != 200) {
      throw new IOException("setting the webhook: " + set);
    }
    OutgoingHttp http = new OutgoingHttp();
    HeapSampler heap = new HeapSampler(URI.create(base + "metrics"));
    long[] loops = new long[RUNS];
    long[] drains = new long[RUNS];
    long[] pickups = new long[RUNS];
    long[] totals = new long[RUNS];
    List<Long> samples = new ArrayList<>();
    List<Long> retained = new ArrayList<>();
    for (int round = -1; round < RUNS; round++) {
      int count = round < 0 ? WARMUP_MESSAGES : MESSAGES;
      String prefix = "r" + (round + 1);
      Round loop = loop(http, receiver, prefix + "-loop", count);
      Round worker = worker(jdbc, receiver, heap, prefix + "-worker", count, round >= 0);
      if (round >= 0) {
        loops[round] = loop.drain();
        drains[round] = worker.drain();
        pickups[round] = worker.pickup();
        totals[round] = worker.total();
        samples = heap.samples();
        retained = heap.retained();
      }
    }
    long loop = Timing.median(loops);
    long worker = Timing.median(drains);
    double loopRate = (MESSAGES - 1) / (loop / 1e9);
    double workerRate = (MESSAGES - 1) / (worker / 1e9);
    double share = workerRate / loopRate;
    table.add(
        new ResultTable.Row(
            "deliver " + String.format("%,d", MESSAGES) + " queued webhook messages",
            String.format("plain loop %.0f msg/s (%s)", loopRate, Timing.millis(loop)),
            String.format("worker %.0f msg/s (%s)", workerRate, Timing.millis(worker)),
            String.format("%.0f %% of the loop", share * 100),
            "≥ 50 %",
            share >= 0.5));
    long total = Timing.median(totals);
    table.add(
        new ResultTable.Row(
            "worker, from the commit of the queued rows to the last delivery",
            String.format("plain loop %s", Timing.millis(loop)),
            String.format(
                "%s, of which %s before the first delivery",
                Timing.millis(total), Timing.millis(Timing.median(pickups))),
            String.format(
                "%.0f %% of the loop's rate", (MESSAGES / (total / 1e9)) / loopRate * 100),
            "—",
            true));
    long firstMax = firstThirdMax(retained);
    long lastMax = lastThirdMax(retained);
    long growth = lastMax - firstMax;
    table.add(
        new ResultTable.Row(
            "server heap kept while draining: old and survivor spaces, eden left out (last round, "
                + retained.size()
                + " samples)",
            "first third max " + mib(firstMax),
            "last third max " + mib(lastMax),
            (growth >= 0 ? "+" : "") + mib(growth),
            "flat: ≤ +64 MiB",
            !retained.isEmpty() && growth <= 64L * 1024 * 1024));
    long wholeGrowth = lastThirdMax(samples) - firstThirdMax(samples);
    table.note(
        "the whole heap, eden included, over the same samples: first third max "
            + mib(firstThirdMax(samples))
            + ", last third max "
            + mib(lastThirdMax(samples))
            + " ("
            + (wholeGrowth >= 0 ? "+" : "")
            + mib(wholeGrowth)
            + "); eden fills with short-lived garbage and empties at each young collection, so its"
            + " saw-tooth says nothing of a backlog held in memory, which would land in the old"
            + " space");
    table.note(
        "each delivery is received once: "
            + receiver.duplicates()
            + " repeated X-Hindsight-Delivery keys over all rounds, "
            + receiver.badSignatures()
            + " bad signatures");
    table.note(
        "worker: batches of 100 sent 4 at a time (HINDSIGHT_NOTIFY_BATCH_SIZE and _SENDERS"
            + " defaults); throughput on both sides from the first delivery the receiver gets to the"
            + " last. The worker's rows are queued with plain SQL, which wakes no worker: its timer"
            + " finds them within 1 s (a producer's commit wakes it at once), shown apart as the"
            + " time before the first delivery; H2 database; "
            + RUNS
            + " rounds after a warm-up of "
            + WARMUP_MESSAGES
            + ", loop and worker alternating; medians");
    table.note(
        "heap: sum of jvm_memory_used_bytes{area=\"heap\"} from /metrics every 100 ms; min "
            + mib(samples.stream().mapToLong(Long::longValue).min().orElse(0))
            + ", max "
            + mib(samples.stream().mapToLong(Long::longValue).max().orElse(0)));
  }

  private static long firstThirdMax(List<Long> samples) {
    long third = Math.max(1, samples.size() / 3);
    return samples.stream().limit(third).mapToLong(Long::longValue).max().orElse(0);
  }

  private static long lastThirdMax(List<Long> samples) {
    long third = Math.max(1, samples.size() / 3);
    return samples.stream()
        .skip(Math.max(0, samples.size() - third))
        .mapToLong(Long::longValue)
        .max()
        .orElse(0);
  }

  /**
   * One round's times: from the start (the loop's first post, the commit of the queued rows) to the
   * last delivery received, from the start to the first, and from the first to the last: the
   * throughput compared.
   */
  private record Round(long total, long pickup, long drain) {

    static Round of(long start, Receiver receiver) {
      long first = receiver.firstAt();
      long last = receiver.lastAt();
      return new Round(last - start, first - start, last - first);
    }
  }

  /** The ceiling: the same bodies and headers posted one after the other, here. */
  private static Round loop(OutgoingHttp http, Receiver receiver, String prefix, int count)
      throws Exception {
    receiver.reset();
    URI url = receiver.url();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String key = prefix + ":" + i + ":webhook";
      String body = body(key, i);
      String timestamp = Long.toString(Instant.now().getEpochSecond());
      String signature =
          WebhookSignature.sign(SECRET, (timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      try {
        http.postJson(
            url,
            body,
            Map.of(
                WebhookChannel.SIGNATURE,
                signature,
                WebhookChannel.TIMESTAMP,
                timestamp,
                WebhookChannel.DELIVERY,
                key));
      } catch (DeliveryFailure e) {
        throw new IOException("the receiver refused the loop's message " + i, e);
      }
    }
    receiver.await(count);
    return Round.of(start, receiver);
  }

  /** The worker: rows queued in one transaction, timed until the receiver has them all. */
  private static Round worker(
      String jdbc, Receiver receiver, HeapSampler heap, String prefix, int count, boolean sample)
      throws Exception {
    receiver.reset();
    long start;
    try (Connection db = DriverManager.getConnection(jdbc, "sa", "sa")) {
      db.setAutoCommit(false);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into notification_message (kind, channel, recipient, subject_type,"
                  + " subject_ref, title, body, link, idempotency_key, state, attempts,"
                  + " next_attempt_at, created_at, version) values ('ESCALATION', 'WEBHOOK',"
                  + " 'webhook', 'INCIDENT', ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, 0)")) {
        for (int i = 0; i < count; i++) {
          insert.setString(1, "INC-BENCH-" + i);
          insert.setString(2, title(i));
          insert.setString(3, text(i));
          insert.setString(4, "incident.xhtml?key=INC-BENCH-" + i);
          insert.setString(5, prefix + ":" + i + ":webhook");
          insert.setObject(6, now);
          insert.setObject(7, now);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      db.commit();
      start = System.nanoTime();
    }
    if (sample) {
      heap.start();
    }
    try {
      receiver.await(count);
    } finally {
      heap.stop();
    }
    Round round = Round.of(start, receiver);
    purge(jdbc, prefix);
    return round;
  }

  /** Removes a round's sent rows, so that every round starts from the same table size. */
  private static void purge(String jdbc, String prefix) throws SQLException {
    try (Connection db = DriverManager.getConnection(jdbc, "sa", "sa");
        PreparedStatement delete =
            db.prepareStatement(
                "delete from notification_message where idempotency_key like ? and state ="
                    + " 'SENT'")) {
      delete.setString(1, prefix + ":%");
      delete.executeUpdate();
    }
  }

  private static String title(int i) {
    return "INC-BENCH-" + i + " escalated to the secondary on call";
  }

  private static String text(int i) {
    return "P1 incident INC-BENCH-"
        + i
        + " \"Payments failing for service-42\" has had no acknowledgement for 15 minutes."
        + " Rule SECONDARY_AFTER_15_MIN notified the secondary on call.";
  }

  /** The JSON the webhook channel writes for such a message. */
  private static String body(String key, int i) {
    return "{\"delivery\":\""
        + key
        + "\",\"kind\":\"escalation\",\"subject\":{\"type\":\"INCIDENT\",\"ref\":\"INC-BENCH-"
        + i
        + "\"},\"title\":\""
        + title(i)
        + "\",\"body\":\""
        + text(i).replace("\"", "\\\"")
        + "\",\"queuedAt\":\""
        + Instant.now()
        + "\",\"link\":\"http://localhost:8080/incident.xhtml?key=INC-BENCH-"
        + i
        + "\"}";
  }

  private static String mib(long bytes) {
    return String.format("%.0f MiB", bytes / (1024.0 * 1024));
  }

  /** A local webhook receiver: checks each signature and counts each delivery key once. */
  private static final class Receiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final Semaphore received = new Semaphore(0);
    private final AtomicLong first = new AtomicLong();
    private final AtomicLong last = new AtomicLong();

    Receiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
      server.setExecutor(executor);
      server.createContext(
          "/hook",
          exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
              body = in.readAllBytes();
            }
            String timestamp = exchange.getRequestHeaders().getFirst(WebhookChannel.TIMESTAMP);
            String signature = exchange.getRequestHeaders().getFirst(WebhookChannel.SIGNATURE);
            byte[] signed =
                (timestamp + "." + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            if (!WebhookSignature.matches(SECRET, signed, signature)) {
              badSignatures.incrementAndGet();
            }
            String key = exchange.getRequestHeaders().getFirst(WebhookChannel.DELIVERY);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            if (seen.add(key)) {
              long now = System.nanoTime();
              first.compareAndSet(0, now);
              last.set(now);
              received.release();
            } else {
              duplicates.incrementAndGet();
            }
          });
      server.start();
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    void reset() {
      received.drainPermits();
      first.set(0);
      last.set(0);
    }

    /** When the first new delivery since {@link #reset} arrived ({@link System#nanoTime}). */
    long firstAt() {
      return first.get();
    }

    /** When the newest delivery arrived ({@link System#nanoTime}). */
    long lastAt() {
      return last.get();
    }

    void await(int count) throws InterruptedException, IOException {
      if (!received.tryAcquire(count, ROUND_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException(
            "the receiver did not get " + count + " deliveries within " + ROUND_DEADLINE);
      }
    }

    int duplicates() {
      return duplicates.get();
    }

    int badSignatures() {
      return badSignatures.get();
    }

    @Override
    public void close() {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  /**
   * Reads the server's heap use from {@code /metrics} every 100 ms while a round drains: the whole
   * heap, and what survives young collections (every pool but eden).
   */
  private static final class HeapSampler {
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI metrics;
    private final List<Long> samples = new ArrayList<>();
    private final List<Long> retained = new ArrayList<>();
    private Thread thread;

    HeapSampler(URI metrics) {
      this.metrics = metrics;
    }

    synchronized void start() {
      samples.clear();
      retained.clear();
      thread = new Thread(this::sampleUntilStopped, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      Thread running;
      synchronized (this) {
        running = thread;
        thread = null;
      }
      if (running != null) {
        running.interrupt();
        running.join();
      }
    }

    synchronized List<Long> samples() {
      return List.copyOf(samples);
    }

    synchronized List<Long> retained() {
      return List.copyOf(retained);
    }

    private void sampleUntilStopped() {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          long[] heap = heap();
          synchronized (this) {
            samples.add(heap[0]);
            retained.add(heap[1]);
          }
          TimeUnit.MILLISECONDS.sleep(100);
        }
      } catch (InterruptedException | IOException stopped) {
        Thread.currentThread().interrupt();
      }
    }

    /** The whole heap, and the heap without eden. */
    private long[] heap() throws IOException, InterruptedException {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      long sum = 0;
      long kept = 0;
      for (String line : response.body().split("\n")) {
        Matcher matcher = HEAP.matcher(line);
        if (matcher.matches()) {
          long bytes = (long) Double.parseDouble(matcher.group(1));
          sum += bytes;
          if (!line.contains("Eden")) {
            kept += bytes;
          }
        }
      }
      return new long[] {sum, kept};
    }
  }
}
