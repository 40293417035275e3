package io.hindsight.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A closed-loop HTTP load: {@code users} threads, each sending its next request as soon as the last
 * one is answered, over one HTTP/1.1 client (one connection per thread at most), first for a
 * warm-up that is not counted, then for the measured time. A request counts as an error when it
 * fails or answers other than 2xx.
 */
final class LoadDriver {

  /** What a virtual user sends next; {@code answered} sees each reply (a write keeps versions). */
  interface Step {
    HttpRequest request(int user, long n);

    default void answered(int user, HttpResponse<String> reply) {}
  }

  /** One scenario's figures; times in nanoseconds. */
  record Result(
      String name,
      long requests,
      long errors,
      double seconds,
      long p50,
      long p95,
      long p99,
      long maxRssBytes,
      String firstError) {

    double throughput() {
      return requests / seconds;
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final int users;
  private final Duration warmup;
  private final Duration measured;
  private final LongSupplier rss;

  LoadDriver(int users, Duration warmup, Duration measured, LongSupplier rss) {
    this.users = users;
    this.warmup = warmup;
    this.measured = measured;
    this.rss = rss;
  }

  static HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(TIMEOUT);
  }

  Result run(String name, Step step) throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long end = measureFrom + measured.toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    long[][] times = new long[users][];
    int[] counts = new int[users];
    List<Thread> threads = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      int user = u;
      Thread thread =
          new Thread(
              () -> {
                long[] mine = new long[4_096];
                int count = 0;
                long n = 0;
                while (true) {
                  long before = System.nanoTime();
                  if (before >= end) {
                    break;
                  }
                  boolean ok;
                  String problem = null;
                  try {
                    HttpResponse<String> reply =
                        client.send(step.request(user, n++), HttpResponse.BodyHandlers.ofString());
                    ok = reply.statusCode() / 100 == 2;
                    if (ok) {
                      step.answered(user, reply);
                    } else {
                      problem = reply.statusCode() + " on " + reply.uri() + ": " + head(reply);
                    }
                  } catch (Exception e) {
                    ok = false;
                    problem = e.toString();
                  }
                  long after = System.nanoTime();
                  if (before >= measureFrom) {
                    if (count == mine.length) {
                      mine = Arrays.copyOf(mine, count * 2);
                    }
                    mine[count++] = after - before;
                    if (!ok) {
                      errors.incrementAndGet();
                      firstError.compareAndSet(null, problem);
                    }
                  }
                }
                times[user] = mine;
                counts[user] = count;
              },
              "load-" + name + "-" + u);
      threads.add(thread);
      thread.start();
    }
    long maxRss = 0;
    while (System.nanoTime() < end) {
      Thread.sleep(250);
      if (System.nanoTime() >= measureFrom) {
        maxRss = Math.max(maxRss, rss.getAsLong());
      }
    }
    for (Thread thread : threads) {
      thread.join();
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int u = 0; u < users; u++) {
      System.arraycopy(times[u], 0, all, at, counts[u]);
      at += counts[u];
    }
    Arrays.sort(all);
    return new Result(
        name,
        total,
        errors.get(),
        measured.toNanos() / 1e9,
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        maxRss,
        firstError.get());
  }

  private static long percentile(long[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)];
  }

  private static String head(HttpResponse<String> reply) {
    String body = reply.body() == null ? "" : reply.body().replaceAll("\\s+", " ");
    return body.length() > 200 ? body.substring(0, 200) : body;
  }
}
