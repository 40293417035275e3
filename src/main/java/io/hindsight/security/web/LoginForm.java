package io.hindsight.security.web;

import io.hindsight.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login page. Wrong password and unknown user read the same, so the page reveals no accounts.
 */
@Named
@RequestScoped
public class LoginForm {

  static final int MAX_USERNAME = 256;
  static final int MAX_PASSWORD = 1024;

  @Inject SecurityContext security;

  private String username;
  private String password;
  private String next;
  private boolean signedOut;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (isBlank(username) || isBlank(password)) {
      FacesMessages.error("Enter your user name and password.");
      return;
    }
    if (username.length() > MAX_USERNAME || password.length() > MAX_PASSWORD) {
      username = null;
      FacesMessages.error("Wrong user name or password.");
      return;
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.trim(), password))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> {
        external.redirect(external.getRequestContextPath() + safeNext());
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default ->
          FacesMessages.error(
              request.getAttribute(LoginFailure.ATTRIBUTE) == LoginFailure.THROTTLED
                  ? "Too many failed sign-in attempts. Wait a few minutes and try again."
                  : "Wrong user name or password.");
    }
  }

  /** Only a path inside Hindsight: never another site, never a protocol-relative URL. */
  String safeNext() {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
        || next.startsWith(FormAuthentication.LOGIN_PAGE)) {
      return "/";
    }
    return next;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
