package io.hindsight.postmortem.web;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.RevisionDiff;
import io.hindsight.postmortem.domain.PostmortemRevision;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The post-mortem's revisions and a diff between any two of them. */
@Named
@ViewScoped
public class PostmortemHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PostmortemPage page;
  @Inject PostmortemService service;
  @Inject CallerIdentity identity;

  private Integer from;
  private Integer to;
  private String diff;
  private transient List<PostmortemRevision> revisions;

  public List<PostmortemRevision> getRevisions() {
    if (revisions == null) {
      revisions =
          page.getView() == null
              ? List.of()
              : service.revisions(page.postmortemKey(), identity.caller());
    }
    return revisions;
  }

  public void compare() {
    page.fieldErrors().clear();
    diff = null;
    if (from == null || to == null) {
      page.fieldErrors().put("diff", "Choose two revisions to compare.");
      return;
    }
    try {
      diff =
          RevisionDiff.between(
              service.revision(page.postmortemKey(), from, identity.caller()),
              service.revision(page.postmortemKey(), to, identity.caller()));
      if (diff.isBlank()) {
        diff = "Revisions " + from + " and " + to + " have the same document.";
      }
    } catch (NotFound missing) {
      page.fieldErrors().put("diff", missing.getMessage());
      FacesMessages.error(missing.getMessage());
    }
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public String getDiff() {
    return diff;
  }
}
