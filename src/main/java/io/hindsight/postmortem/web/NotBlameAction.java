package io.hindsight.postmortem.web;

import io.hindsight.platform.refusal.Refusal;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.NotBlameMarks;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "Not blame" from the editor: an author or chosen reviewer marks a warned sentence as not blame
 * for this post-mortem; its warnings show as dismissed in this and every later revision.
 */
@Named
@ViewScoped
public class NotBlameAction implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PostmortemPage page;
  @Inject NotBlameMarks marks;
  @Inject CallerIdentity identity;

  public void mark(String sentence) {
    try {
      marks.mark(page.postmortemKey(), sentence, identity.caller());
      page.refresh();
      FacesMessages.info("Marked as not blame for this post-mortem: \"" + sentence.strip() + "\"");
    } catch (Refusal refused) {
      FacesMessages.error("Not marked: " + refused.getMessage());
    }
  }
}
