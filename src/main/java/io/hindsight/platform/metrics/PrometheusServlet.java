package io.hindsight.platform.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Prometheus scrape endpoint at {@code /metrics} (text exposition format). */
@WebServlet(name = "prometheus", urlPatterns = "/metrics")
public class PrometheusServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PrometheusMeterRegistry registry;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain; version=0.0.4; charset=utf-8");
    response.getWriter().write(registry.scrape());
  }
}
