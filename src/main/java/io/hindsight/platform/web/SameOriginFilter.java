package io.hindsight.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Cross-site request forgery guard for the browser UI, on top of the Faces view state (a
 * per-session secret in every form) and SameSite cookies: a form post whose Origin or Referer names
 * another site is refused. The API is not cookie-authenticated and needs no such guard.
 */
@WebFilter(filterName = "sameOrigin", asyncSupported = true)
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isUnsafe(request.getMethod()) && !RequestPaths.isApi(request) && !sameOrigin(request)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, "Forms are accepted from Hindsight's own pages only.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isUnsafe(String method) {
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
  }

  private static boolean sameOrigin(HttpServletRequest request) {
    Optional<String> source =
        Optional.ofNullable(request.getHeader("Origin"))
            .or(() -> Optional.ofNullable(request.getHeader("Referer")));
    if (source.isEmpty() || "null".equals(source.get())) {
      return source.isEmpty();
    }
    try {
      URI uri = URI.create(source.get());
      String host = request.getHeader("Host");
      return host != null && host.equalsIgnoreCase(authority(uri));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static String authority(URI uri) {
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }
}
