package io.hindsight.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's own time for one route, read from its {@code http_server_requests_seconds} histogram
 * on {@code /metrics} before and after a series of requests: what the server spent, without the
 * client's share of the round trip. The histogram's fixed buckets answer "at least 95 % within 50
 * ms" exactly; a quantile between two bucket bounds is estimated as Prometheus's {@code
 * histogram_quantile} does, linearly inside its bucket.
 */
final class ServerTimes {

  private static final Pattern BUCKET =
      Pattern.compile("http_server_requests_seconds_bucket\\{(.*)} ([0-9.eE+-]+)");
  private static final Pattern SUM =
      Pattern.compile("http_server_requests_seconds_sum\\{(.*)} ([0-9.eE+-]+)");
  private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI metrics;

  ServerTimes(URI metrics) {
    this.metrics = metrics;
  }

  /** The cumulative bucket counts and the time summed of GET requests to {@code route}, now. */
  Snapshot read(String route) throws IOException, InterruptedException {
    return read("GET", route);
  }

  /** The cumulative bucket counts and the time summed of requests to {@code route}, now. */
  Snapshot read(String method, String route) throws IOException, InterruptedException {
    String body =
        http.send(
                HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String wanted = "route=\"" + route + "\"";
    TreeMap<Double, Double> buckets = new TreeMap<>();
    double sum = 0;
    for (String line : body.split("\n")) {
      if (!line.contains(wanted) || !line.contains("method=\"" + method + "\"")) {
        continue;
      }
      Matcher bucket = BUCKET.matcher(line);
      if (bucket.matches()) {
        Matcher le = LE.matcher(bucket.group(1));
        if (le.find()) {
          double bound =
              le.group(1).equals("+Inf")
                  ? Double.POSITIVE_INFINITY
                  : Double.parseDouble(le.group(1));
          buckets.merge(bound, Double.parseDouble(bucket.group(2)), Double::sum);
        }
        continue;
      }
      Matcher total = SUM.matcher(line);
      if (total.matches()) {
        sum += Double.parseDouble(total.group(2));
      }
    }
    return new Snapshot(buckets, sum);
  }

  /** Cumulative counts by upper bound in seconds, and the seconds summed. */
  record Snapshot(TreeMap<Double, Double> buckets, double seconds) {

    /** The requests between {@code before} and this snapshot. */
    Snapshot since(Snapshot before) {
      TreeMap<Double, Double> counts = new TreeMap<>();
      for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
        counts.put(
            bucket.getKey(), bucket.getValue() - before.buckets.getOrDefault(bucket.getKey(), 0.0));
      }
      return new Snapshot(counts, seconds - before.seconds);
    }

    long count() {
      return buckets.isEmpty() ? 0 : Math.round(buckets.lastEntry().getValue());
    }

    /** The share of requests that took at most {@code bound} seconds, a bucket's upper bound. */
    double shareWithin(double bound) {
      Double within = buckets.get(bound);
      if (within == null) {
        throw new IllegalArgumentException("no bucket ends at " + bound + " s");
      }
      return count() == 0 ? 0 : within / count();
    }

    /**
     * A row of a result table: this series against the baseline's, passing when at least 95 % of
     * its requests took at most {@code targetSeconds} (a bucket's upper bound).
     */
    ResultTable.Row row(String measure, Snapshot baseline, double targetSeconds) {
      double within = shareWithin(targetSeconds);
      long target = Math.round(targetSeconds * 1000);
      return new ResultTable.Row(
          measure,
          String.format(
              "mean %.1f ms, p95 ≈ %.1f ms", baseline.meanMillis(), baseline.quantileMillis(0.95)),
          String.format(
              "%d requests, mean %.1f ms, p50 ≈ %.1f ms, p95 ≈ %.1f ms, %.1f %% within %d ms",
              count(),
              meanMillis(),
              quantileMillis(0.5),
              quantileMillis(0.95),
              within * 100,
              target),
          String.format("%.1f× baseline (mean)", meanMillis() / baseline.meanMillis()),
          "p95 ≤ " + target + " ms (≥ 95 % within " + target + " ms)",
          count() > 0 && within >= 0.95);
    }

    double meanMillis() {
      return count() == 0 ? 0 : seconds * 1000 / count();
    }

    /** The quantile in milliseconds, linear inside the bucket that holds it. */
    double quantileMillis(double quantile) {
      double rank = quantile * count();
      double lower = 0;
      double below = 0;
      for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
        if (bucket.getValue() >= rank) {
          if (bucket.getKey().isInfinite()) {
            return lower * 1000;
          }
          double inBucket = bucket.getValue() - below;
          double fraction = inBucket == 0 ? 1 : (rank - below) / inBucket;
          return (lower + (bucket.getKey() - lower) * fraction) * 1000;
        }
        lower = bucket.getKey();
        below = bucket.getValue();
      }
      return lower * 1000;
    }
  }
}
