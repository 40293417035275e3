package io.hindsight.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signing out: the container forgets the caller and the session is destroyed. */
@Named
@RequestScoped
public class SessionActions {

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (ServletException alreadyOut) {
      // Nobody was signed in; the session still goes.
    }
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath() + FormAuthentication.LOGIN_PAGE + "?signedOut=true");
    FacesContext.getCurrentInstance().responseComplete();
  }
}
