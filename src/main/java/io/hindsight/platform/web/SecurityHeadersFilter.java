package io.hindsight.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response: no framing, no sniffing, scripts and styles from Hindsight
 * only.
 */
@WebFilter(filterName = "securityHeaders", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient TrustedProxies proxies;

  /** HSTS on answers over HTTPS (or a trusted proxy's HTTPS); 0 turns it off. */
  @Inject
  @ConfigProperty(name = "hindsight.http.hsts-seconds", defaultValue = "31536000")
  long hstsSeconds;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The headers every answer carries, also those written before the filters run (authentication).
   */
  public static void apply(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response);
    if (hstsSeconds > 0 && proxies.secure(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=" + hstsSeconds);
    }
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource")
        && !request.getRequestURI().startsWith(request.getContextPath() + "/static/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
