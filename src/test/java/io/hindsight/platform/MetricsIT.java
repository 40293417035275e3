package io.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an SRE team scrapes from {@code /metrics}: requests per route, the database pool and the
 * domain gauges, moving with the incidents behind them; {@code promtool check metrics} (Debian's
 * {@code prometheus} package, installed by {@code .ci/run}) accepts the whole scrape.
 */
class MetricsIT extends OverHttp {

  @Test
  void incidentGaugesFollowADeclaredAndResolvedP0() {
    double openBefore = value(scrape(), "hindsight_incidents_open", "severity=\"P0\"");
    double breachedBefore = value(scrape(), "hindsight_incidents_sla_breached", "severity=\"P0\"");
    IncidentApi api = new IncidentApi(base);
    Instant now = Instant.now();
    String key =
        api.declare(
                "responder",
                "{\"title\":\"Metrics P0 "
                    + UUID.randomUUID()
                    + "\",\"severity\":\"P0\",\"category\":\"outage\",\"startedAt\":\""
                    + now.minus(Duration.ofMinutes(40))
                    + "\",\"detectedAt\":\""
                    + now.minus(Duration.ofMinutes(30))
                    + "\"}")
            .getString("key");

    String during = scrape();
    assertThat(value(during, "hindsight_incidents_open", "severity=\"P0\""))
        .isEqualTo(openBefore + 1);
    assertThat(value(during, "hindsight_incidents_sla_breached", "severity=\"P0\""))
        .isEqualTo(breachedBefore + 1);

    ApiClient.Reply resolved =
        api.as("responder").post("api/v1/incidents/" + key + "/resolve", "{}");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    assertThat(value(scrape(), "hindsight_incidents_open", "severity=\"P0\""))
        .isEqualTo(openBefore);
  }

  @Test
  void requestsAreTimedPerRouteTemplateAndMadeUpPathsAddNoSeries() {
    ApiClient responder = ApiClient.signedIn(base, "responder");
    assertThat(responder.get("api/v1/incidents?size=1").status()).isEqualTo(200);
    assertThat(responder.get("api/v1/made-up-" + UUID.randomUUID()).status()).isEqualTo(404);
    String scrape = scrape();
    assertThat(
            value(
                scrape,
                "http_server_requests_seconds_count",
                "method=\"GET\"",
                "route=\"/api/v1/incidents\"",
                "status=\"200\""))
        .isPositive();
    assertThat(scrape).contains("route=\"/api/unmatched\"").doesNotContain("made-up-");
    assertThat(scrape).contains("http_server_requests_seconds_bucket{");
  }

  @Test
  void theDatabasePoolAndDomainGaugesAreReported() {
    String scrape = scrape();
    assertThat(value(scrape, "hindsight_db_pool_connections", "state=\"in_use\"")).isNotNaN();
    assertThat(value(scrape, "hindsight_action_items_overdue")).isNotNaN();
    assertThat(value(scrape, "hindsight_postmortems_unfinished", "due=\"overdue\"")).isNotNaN();
    assertThat(scrape).contains("system_cpus{").doesNotContain("system_cpu_count");
  }

  @Test
  void theReviewGaugesCountTheRunbooksOfTheReviewQueue() {
    ApiClient reviewer = ApiClient.signedIn(base, "reviewer");
    long all =
        reviewer.get("api/v1/reviews?all=true&size=1").json().getJsonNumber("total").longValue();
    long overdue =
        reviewer
            .get("api/v1/reviews?all=true&overdue=true&size=1")
            .json()
            .getJsonNumber("total")
            .longValue();
    String scrape = scrape();
    double counted = 0;
    for (String due : new String[] {"later", "due_soon", "due_today", "overdue", "escalated"}) {
      counted += value(scrape, "hindsight_runbooks_review", "due=\"" + due + "\"");
    }

    assertThat(all).as("the sample repository's runbooks are in the queue").isPositive();
    assertThat(counted).isEqualTo(all);
    assertThat(
            value(scrape, "hindsight_runbooks_review", "due=\"overdue\"")
                + value(scrape, "hindsight_runbooks_review", "due=\"escalated\""))
        .isEqualTo(overdue);

    JsonObject total = reviewer.get("api/v1/reviews/quarter").json().getJsonObject("total");
    for (String count : new String[] {"runbooks", "reviewed", "due", "overdue", "fresh"}) {
      assertThat(value(scrape, "hindsight_runbooks_quarter", "count=\"" + count + "\""))
          .as(count)
          .isEqualTo(total.getJsonNumber(count).doubleValue());
    }
    assertThat(value(scrape, "hindsight_runbooks_fresh_ratio"))
        .isCloseTo(
            total.getJsonNumber("fresh").doubleValue()
                / total.getJsonNumber("runbooks").doubleValue(),
            org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void promtoolAcceptsTheScrape() throws IOException, InterruptedException {
    // Meters that appear with their first event are in the scrape too: a login, a list.
    assertThat(api("viewer").get("api/v1/incidents?size=1").status()).isEqualTo(200);
    String scrape = scrape();
    assertThat(scrape).contains("hindsight_logins_total{").contains("http_server_db_statements_");
    Path saved = Path.of("target", "metrics-scrape.prom");
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, scrape);
    boolean required = Boolean.getBoolean("hindsight.promtool.required");
    if (!required && !onPath("promtool")) {
      return;
    }
    Process promtool =
        new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
    try (OutputStream in = promtool.getOutputStream()) {
      in.write(scrape.getBytes(StandardCharsets.UTF_8));
    }
    String said = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(promtool.exitValue()).as(said).isZero();
  }

  @Test
  void everyMetricTheDashboardAndAlertsReadIsScraped() throws IOException {
    String scrape = scrape();
    Path observability = Path.of("docs", "observability");
    String read =
        Files.readString(observability.resolve("hindsight-dashboard.json"))
            + Files.readString(observability.resolve("hindsight-alerts.yml"));
    Matcher metric = Pattern.compile("\\b((?:hindsight|http_server|jvm)_[a-z_]+)").matcher(read);
    String sources = mainSources();
    int checked = 0;
    while (metric.find()) {
      String family = metric.group(1).replaceAll("_(bucket|count|sum|total|max)$", "");
      boolean scraped = Pattern.compile("(?m)^" + family + "[_{ ]").matcher(scrape).find();
      // Timers and counters with a repository or channel tag appear after their first event.
      String meter = family.replaceAll("_(seconds|total)$", "").replace('_', '.');
      assertThat(scraped || sources.contains("\"" + meter + "\""))
          .as("%s is scraped or registered as %s", family, meter)
          .isTrue();
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  private String scrape() {
    ApiClient.Reply reply = new ApiClient(base).get("metrics");
    assertThat(reply.status()).isEqualTo(200);
    return reply.body();
  }

  /** The value of the one series of {@code name} whose labels contain all of {@code labels}. */
  private static double value(String scrape, String name, String... labels) {
    Matcher line =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
    Double found = null;
    while (line.find()) {
      String seen = line.group(1);
      boolean all = true;
      for (String label : labels) {
        all &= seen.contains(label);
      }
      if (all) {
        assertThat(found).as("one series of %s with %s", name, String.join(",", labels)).isNull();
        found = Double.parseDouble(line.group(2));
      }
    }
    assertThat(found)
        .as("a series of %s with %s in the scrape", name, String.join(",", labels))
        .isNotNull();
    return found;
  }

  private static String mainSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(file));
      }
    }
    return all.toString();
  }

  private static boolean onPath(String command) {
    for (String directory : System.getenv("PATH").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(directory, command))) {
        return true;
      }
    }
    return false;
  }
}
