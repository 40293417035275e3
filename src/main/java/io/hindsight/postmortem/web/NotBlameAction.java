package io.hindsight.postmortem.web;

import io.hindsight.platform.refusal.Refusal;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.NotBlameMarks;
import io.hindsight.postmortem.domain.NotBlameMark;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Not blame" from the editor: an author or chosen reviewer marks a warned sentence as not blame
 * for this post-mortem (its warnings show as dismissed in this and every later revision) or takes
 * the mark back; an admin makes a marked sentence an exception for the whole team.
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

  /** The sentences marked not blame in this post-mortem. */
  public List<NotBlameMark> getMarks() {
    return marks.of(page.postmortemKey(), identity.caller());
  }

  public boolean isAdmin() {
    return identity.caller().admin();
  }

  public void unmark(long id) {
    try {
      marks.unmark(page.postmortemKey(), id, identity.caller());
      page.refresh();
      FacesMessages.info("The mark is taken back: the check warns about that sentence again.");
    } catch (Refusal refused) {
      FacesMessages.error("Not taken back: " + refused.getMessage());
    }
  }

  public void promote(long id) {
    try {
      String sentence = marks.promote(page.postmortemKey(), id, identity.caller()).word();
      FacesMessages.info(
          "\""
              + sentence
              + "\" is now a team exception: the check passes it in every post-mortem.");
    } catch (Refusal refused) {
      FacesMessages.error("Not added: " + refused.getMessage());
    }
  }
}
