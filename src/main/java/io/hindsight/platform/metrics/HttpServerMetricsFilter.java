package io.hindsight.platform.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every request into {@code http_server_requests_seconds}, by method, route and status, with
 * fixed buckets so that an alert can ask for a latency quantile per route; counts the SQL
 * statements each request prepared into {@code http_server_db_statements}, by method and route, so
 * that a page that queries once per row shows.
 */
@WebFilter(filterName = "httpServerMetrics", asyncSupported = true)
public class HttpServerMetricsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(200),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  @Inject transient MeterRegistry registry;

  // Building and registering a meter looks it up by all its tags: once per kind of request, not
  // once per request.
  private final transient Map<Key, Meters> meters = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    int status = 500;
    try (StatementCount.Counter statements = StatementCount.open()) {
      try {
        chain.doFilter(request, response);
        status = response.getStatus();
      } finally {
        record(request, status, Duration.ofNanos(System.nanoTime() - start), statements);
      }
    }
  }

  private void record(
      HttpServletRequest request, int status, Duration elapsed, StatementCount.Counter statements) {
    Optional<String> template =
        Optional.ofNullable(request.getAttribute(RouteName.ATTRIBUTE)).map(Object::toString);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = method(request.getMethod());
    String route = RouteName.of(template, path, status);
    Meters kind =
        meters.computeIfAbsent(new Key(method, route, status), key -> key.register(registry));
    kind.duration().record(elapsed);
    kind.statements().record(statements.statements());
  }

  /** What names a request's meters; as bounded as the routes {@link RouteName} gives. */
  private record Key(String method, String route, int status) {

    Meters register(MeterRegistry registry) {
      return new Meters(
          Timer.builder("http.server.requests")
              .description("HTTP requests by method, route and status")
              .tag("method", method)
              .tag("route", route)
              .tag("status", Integer.toString(status))
              .serviceLevelObjectives(BUCKETS)
              .register(registry),
          DistributionSummary.builder("http.server.db.statements")
              .description("SQL statements prepared per HTTP request, by method and route")
              .tag("method", method)
              .tag("route", route)
              .register(registry));
    }
  }

  private record Meters(Timer duration, DistributionSummary statements) {}

  private static String method(String method) {
    return switch (method) {
      case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" -> method;
      default -> "OTHER";
    };
  }
}
