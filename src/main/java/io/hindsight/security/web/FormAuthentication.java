package io.hindsight.security.web;

import io.hindsight.security.application.AccountService;
import io.hindsight.security.domain.SessionLifetime;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser's authentication: the login page hands the credentials over through {@code
 * SecurityContext.authenticate}; a successful login gets a new session id and is remembered in the
 * session.
 */
@ApplicationScoped
public class FormAuthentication {

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Sent by a page's own polling (live timeline): it does not count as the person being active. */
  static final String POLL_HEADER = "X-Hindsight-Poll";

  @Inject LoginAttempts logins;
  @Inject AccountService accounts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hindsight.session.idle-minutes", defaultValue = "480")
  long idleMinutes;

  @Inject
  @ConfigProperty(name = "hindsight.session.max-hours", defaultValue = "24")
  long maxHours;

  private SessionLifetime lifetime() {
    return new SessionLifetime(Duration.ofMinutes(idleMinutes), Duration.ofHours(maxHours));
  }

  public AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      return login(password, request, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
      Instant now = clock.instant();
      Optional<UserAccount> account =
          Username.parse(user.name())
              .flatMap(accounts::find)
              .filter(UserAccount::enabled)
              .filter(found -> found.credentialStamp().equals(user.credentialStamp()));
      if (account.isPresent() && !lifetime().isOver(user.signedInAt(), user.lastActiveAt(), now)) {
        if (request.getHeader(POLL_HEADER) == null) {
          session.setAttribute(SignedInUser.SESSION_ATTRIBUTE, user.activeAt(now));
        }
        if (account.get().passwordChangeRequired() && !PasswordChangeFirst.allows(request)) {
          return context.redirect(request.getContextPath() + PasswordChangeFirst.ACCOUNT_PAGE);
        }
        return context.notifyContainerAboutLogin(user.name(), account.get().groups());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return context.redirect(loginUrl(request));
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      UsernamePasswordCredential credential,
      HttpServletRequest request,
      HttpMessageContext context) {
    LoginAttempts.Outcome outcome = logins.attempt(credential, request);
    if (outcome.throttled()) {
      request.setAttribute(LoginFailure.ATTRIBUTE, LoginFailure.THROTTLED);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!outcome.valid()) {
      request.setAttribute(LoginFailure.ATTRIBUTE, LoginFailure.WRONG_CREDENTIALS);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    String name = outcome.result().getCallerPrincipal().getName();
    Instant now = clock.instant();
    String stamp =
        Username.parse(name).flatMap(accounts::find).map(UserAccount::credentialStamp).orElse("");
    request
        .getSession(true)
        .setAttribute(SignedInUser.SESSION_ATTRIBUTE, new SignedInUser(name, stamp, now, now));
    return context.notifyContainerAboutLogin(outcome.result());
  }

  public void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInUser.SESSION_ATTRIBUTE);
    }
  }

  private static String loginUrl(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + LOGIN_PAGE
        + "?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
