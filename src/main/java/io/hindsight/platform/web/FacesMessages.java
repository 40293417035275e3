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

  /**
   * An information message after a successful post: for the page itself when the post was Faces
   * Ajax (the page stays), else kept for the page the redirect leads to.
   */
  public static void infoAfterPost(String text) {
    if (isAjax()) {
      info(text);
    } else {
      infoAfterRedirect(text);
    }
  }

  /** Whether the current request is a Faces Ajax post that renders parts of the page. */
  public static boolean isAjax() {
    return FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest();
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
