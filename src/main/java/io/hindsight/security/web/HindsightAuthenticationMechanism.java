package io.hindsight.security.web;

import io.hindsight.platform.web.RequestPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one authentication mechanism: bearer tokens for the API (and for the OpenAPI document when a
 * token is sent), form login and a session for the browser.
 */
@ApplicationScoped
public class HindsightAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject ApiAuthentication api;
  @Inject FormAuthentication form;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return RequestPaths.isApi(request) || isTokenForApiDocument(request)
        ? api.validate(request, response, context)
        : form.validate(request, response, context);
  }

  /** The OpenAPI document is read by API tools with a token, and by people signed in. */
  private static boolean isTokenForApiDocument(HttpServletRequest request) {
    return RequestPaths.isApiDocument(request) && request.getHeader("Authorization") != null;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    form.forget(request);
  }
}
