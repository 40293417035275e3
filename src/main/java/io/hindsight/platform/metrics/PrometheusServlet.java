package io.hindsight.platform.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prometheus scrape endpoint at {@code /metrics} (text exposition format), open unless {@code
 * HINDSIGHT_METRICS_TOKEN} is set.
 */
@WebServlet(name = "prometheus", urlPatterns = "/metrics")
public class PrometheusServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PrometheusMeterRegistry registry;

  @Inject
  @ConfigProperty(name = "hindsight.metrics.token")
  transient Optional<String> token;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!new ScrapeAccess(token).allows(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    response.setContentType("text/plain; version=0.0.4; charset=utf-8");
    response.getWriter().write(registry.scrape());
  }
}
