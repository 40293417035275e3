package io.hindsight.security.web;

import io.hindsight.platform.web.ProblemResponses;
import io.hindsight.platform.web.RequestPaths;
import io.hindsight.platform.web.SecurityHeadersFilter;
import io.hindsight.security.application.AccountService;
import io.hindsight.security.application.ApiTokenCredential;
import io.hindsight.security.domain.ApiTokenSecret;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The API's authentication: a bearer token on every call; HTTP Basic only where a token is created.
 * Failures answer 401 (or 429 while throttled) with a problem+json body, and no session is ever
 * created.
 */
@ApplicationScoped
public class ApiAuthentication {

  static final String TOKENS_PATH = "/api/v1/tokens";

  @Inject IdentityStoreHandler identities;
  @Inject LoginAttempts logins;
  @Inject AccountService accounts;

  public AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return context.isProtected()
          ? refuse(
              response,
              401,
              "Authentication required: send an API token as 'Authorization: Bearer <token>'.")
          : context.doNothing();
    }
    if (startsWithIgnoreCase(authorization, "Bearer ")) {
      if (isTokenEndpoint(request)) {
        return refuse(
            response,
            403,
            "A token cannot create tokens: sign in with your password (HTTP Basic) here, or use"
                + " your account page.");
      }
      return bearer(authorization.substring(7).trim(), response, context);
    }
    if (startsWithIgnoreCase(authorization, "Basic ")) {
      if (!isTokenEndpoint(request)) {
        return refuse(
            response,
            401,
            "HTTP Basic is accepted only to create a token (POST "
                + TOKENS_PATH
                + "); use an API token (Bearer) here.");
      }
      return basic(authorization.substring(6).trim(), request, response, context);
    }
    return refuse(response, 401, "Unsupported Authorization scheme; use 'Bearer <token>'.");
  }

  private AuthenticationStatus bearer(
      String value, HttpServletResponse response, HttpMessageContext context) {
    Optional<ApiTokenSecret> secret = ApiTokenSecret.parse(value);
    if (secret.isPresent()) {
      CredentialValidationResult result = identities.validate(new ApiTokenCredential(secret.get()));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
    }
    return refuse(response, 401, "The API token is not valid, has expired or was revoked.");
  }

  private boolean mustChangePassword(String name) {
    return Username.parse(name)
        .flatMap(accounts::find)
        .map(UserAccount::passwordChangeRequired)
        .orElse(false);
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<UsernamePasswordCredential> credential = decodeBasic(encoded);
    if (credential.isEmpty()) {
      return refuse(response, 401, "The Basic credentials are malformed.");
    }
    LoginAttempts.Outcome outcome = logins.attempt(credential.get(), request);
    if (outcome.throttled()) {
      response.setHeader(
          "Retry-After", Long.toString(Math.max(1, outcome.retryAfter().get().toSeconds())));
      return refuse(response, 429, "Too many failed logins. Try again later.");
    }
    if (outcome.valid()) {
      if (mustChangePassword(outcome.result().getCallerPrincipal().getName())) {
        return refuse(
            response,
            403,
            "This account's password was generated: sign in on the web page and choose your own"
                + " password before using the API.");
      }
      return context.notifyContainerAboutLogin(outcome.result());
    }
    return refuse(response, 401, "Wrong user name or password.");
  }

  private static Optional<UsernamePasswordCredential> decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isTokenEndpoint(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    return "POST".equals(request.getMethod())
        && (path.equals(TOKENS_PATH) || path.equals(TOKENS_PATH + "/"));
  }

  private static boolean startsWithIgnoreCase(String value, String prefix) {
    return value.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, int status, String detail) {
    try {
      SecurityHeadersFilter.apply(response);
      if (status == 401) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"hindsight\"");
      }
      ProblemResponses.write(
          response,
          status,
          switch (status) {
            case 403 -> "Forbidden";
            case 429 -> "Too Many Requests";
            default -> "Unauthorized";
          },
          detail);
      response.getWriter().close();
    } catch (IOException e) {
      // The client left; there is nobody to tell.
    }
    // The answer is complete: SEND_FAILURE would make the container send an error of its own on
    // the committed response and log "Response already commited" with a stack trace.
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
