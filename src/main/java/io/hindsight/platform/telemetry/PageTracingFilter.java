package io.hindsight.platform.telemetry;

import io.hindsight.platform.metrics.RouteName;
import io.hindsight.platform.web.RequestPaths;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;

/**
 * A server span per page request ({@code GET /incident.xhtml}), which MicroProfile Telemetry does
 * not give: it traces JAX-RS resources only, so API requests are left to it. Static files are not
 * traced. The span is named by route as the metrics are ({@link RouteName}), so made-up paths make
 * no new span names, and it continues a trace the caller started ({@code traceparent}).
 */
@WebFilter(filterName = "pageTracing", asyncSupported = true)
public class PageTracingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final TextMapGetter<HttpServletRequest> HEADERS =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServletRequest request) {
          return Collections.list(request.getHeaderNames());
        }

        @Override
        public String get(HttpServletRequest request, String name) {
          return request == null ? null : request.getHeader(name);
        }
      };

  @Inject transient OpenTelemetry openTelemetry;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = RequestPaths.of(request);
    if (RequestPaths.isApi(request) || isStatic(path)) {
      chain.doFilter(request, response);
      return;
    }
    Context parent =
        openTelemetry
            .getPropagators()
            .getTextMapPropagator()
            .extract(Context.current(), request, HEADERS);
    Span span =
        openTelemetry
            .getTracer("io.hindsight.platform.telemetry")
            .spanBuilder(request.getMethod())
            .setParent(parent)
            .setSpanKind(SpanKind.SERVER)
            .setAttribute("http.request.method", request.getMethod())
            .setAttribute("url.path", path)
            .startSpan();
    int status = 500;
    try (Scope scope = span.makeCurrent()) {
      chain.doFilter(request, response);
      status = response.getStatus();
    } catch (IOException | ServletException | RuntimeException e) {
      span.recordException(e);
      throw e;
    } finally {
      String route = RouteName.of(Optional.empty(), path, status);
      span.updateName(request.getMethod() + " " + route);
      span.setAttribute("http.route", route);
      span.setAttribute("http.response.status_code", status);
      if (status >= 500) {
        span.setStatus(StatusCode.ERROR);
      }
      span.end();
    }
  }

  private static boolean isStatic(String path) {
    return path.startsWith("/static/") || path.startsWith("/jakarta.faces.resource/");
  }
}
