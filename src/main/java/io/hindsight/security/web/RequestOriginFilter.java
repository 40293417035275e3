package io.hindsight.security.web;

import io.hindsight.platform.web.RequestPaths;
import io.hindsight.platform.web.TrustedProxies;
import io.hindsight.security.application.RequestOrigin;
import io.hindsight.security.domain.AuditChannel;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tells the audit trail where each request comes from: the client address and page or API. */
@WebFilter(filterName = "requestOrigin", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient TrustedProxies proxies;
  @Inject transient RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.arrived(
        proxies.clientAddress(request),
        RequestPaths.isApi(request) ? AuditChannel.API : AuditChannel.PAGE);
    chain.doFilter(request, response);
  }
}
