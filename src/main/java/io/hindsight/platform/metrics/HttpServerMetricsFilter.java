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
import java.util.Optional;

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
    Timer.builder("http.server.requests")
        .description("HTTP requests by method, route and status")
        .tag("method", method)
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(elapsed);
    DistributionSummary.builder("http.server.db.statements")
        .description("SQL statements prepared per HTTP request, by method and route")
        .tag("method", method)
        .tag("route", route)
        .register(registry)
        .record(statements.statements());
  }

  private static String method(String method) {
    return switch (method) {
      case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" -> method;
      default -> "OTHER";
    };
  }
}
