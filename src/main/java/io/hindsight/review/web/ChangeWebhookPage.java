package io.hindsight.review.web;

import io.hindsight.platform.crypto.TimestampedSignature;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.review.application.ChangeWebhook;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The secret that signs infrastructure change deliveries, for admins: whether one is set, a new one
 * (shown on this page once, never again), and removing it.
 */
@Named
@ViewScoped
public class ChangeWebhookPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ChangeWebhook webhook;
  @Inject CallerIdentity identity;

  private static final String NEW_SECRET = "hindsight.changeWebhook.newSecret";
  private static final String SELF = "/admin/change-webhook?faces-redirect=true";

  private transient ChangeWebhook.Status status;

  public ChangeWebhook.Status getStatus() {
    if (status == null) {
      status = webhook.status();
    }
    return status;
  }

  /**
   * Sets a new secret and shows it on the page the redirect leads to, once: a reload of that page
   * neither shows it again nor makes another.
   */
  public String generate() {
    boolean replacing = getStatus().secretSet();
    String secret = webhook.newSecret(identity.caller());
    FacesContext.getCurrentInstance().getExternalContext().getFlash().put(NEW_SECRET, secret);
    FacesMessages.infoAfterRedirect(
        replacing
            ? "A new secret is set; the old one no longer signs."
            : "The secret is set; pipelines can now sign their deliveries.");
    return SELF;
  }

  public String remove() {
    if (!getStatus().secretSet()) {
      FacesMessages.error("There is no secret to remove.");
      return null;
    }
    webhook.removeSecret();
    FacesMessages.infoAfterRedirect(
        "The secret is removed: signed deliveries are refused until a new one is set.");
    return SELF;
  }

  /** The secret generated just before the redirect to this page, or null. */
  public String getNewSecret() {
    return (String)
        FacesContext.getCurrentInstance().getExternalContext().getFlash().get(NEW_SECRET);
  }

  public String getTimestampHeader() {
    return TimestampedSignature.TIMESTAMP_HEADER;
  }

  public String getSignatureHeader() {
    return TimestampedSignature.SIGNATURE_HEADER;
  }
}
