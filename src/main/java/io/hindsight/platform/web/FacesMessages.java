package io.hindsight.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages shown at the top of the current page. */
public final class FacesMessages {

  private FacesMessages() {}

  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  /** An information message that survives the redirect after a successful post. */
  public static void infoAfterRedirect(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
