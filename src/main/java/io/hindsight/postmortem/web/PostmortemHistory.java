package io.hindsight.postmortem.web;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.text.SideBySideDiff;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.postmortem.application.RevisionDiff;
import io.hindsight.postmortem.domain.PostmortemRevision;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The post-mortem's revisions and a side-by-side diff between any two of them. */
@Named
@ViewScoped
public class PostmortemHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PostmortemPage page;
  @Inject PostmortemService service;
  @Inject CallerIdentity identity;

  private Integer from;
  private Integer to;
  private Integer comparedFrom;
  private Integer comparedTo;
  private transient List<SideBySideDiff.Row> rows;
  private transient List<PostmortemRevision> revisions;
  private transient int revisionsOf;

  /** The revisions as stored now: read again whenever the page shows a newer revision. */
  public List<PostmortemRevision> getRevisions() {
    PostmortemView view = page.getView();
    if (view == null) {
      return List.of();
    }
    if (revisions == null || revisionsOf != view.revision()) {
      revisions = service.revisions(page.postmortemKey(), identity.caller());
      revisionsOf = view.revision();
    }
    return revisions;
  }

  public void compare() {
    page.fieldErrors().clear();
    comparedFrom = null;
    comparedTo = null;
    rows = null;
    if (from == null || to == null) {
      page.fieldErrors().put("diff", "Choose two revisions to compare.");
      return;
    }
    show(from, to);
  }

  /** "Compare with previous" for one revision of the list. */
  public void compareWithPrevious(int revision) {
    page.fieldErrors().clear();
    from = revision - 1;
    to = revision;
    show(from, to);
  }

  private void show(int older, int newer) {
    try {
      rows =
          RevisionDiff.sideBySide(
              service.revision(page.postmortemKey(), older, identity.caller()),
              service.revision(page.postmortemKey(), newer, identity.caller()));
      comparedFrom = older;
      comparedTo = newer;
    } catch (NotFound missing) {
      rows = null;
      page.fieldErrors().put("diff", missing.getMessage());
      FacesMessages.error(missing.getMessage());
    }
  }

  /** The rows of the diff shown, read again after a postback; empty before any comparison. */
  public List<SideBySideDiff.Row> getRows() {
    if (rows == null && comparedFrom != null) {
      show(comparedFrom, comparedTo);
    }
    return rows == null ? List.of() : rows;
  }

  public boolean isCompared() {
    return comparedFrom != null;
  }

  public boolean isSameDocument() {
    return getRows().stream().allMatch(row -> "same".equals(row.kind()));
  }

  public Integer getComparedFrom() {
    return comparedFrom;
  }

  public Integer getComparedTo() {
    return comparedTo;
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
}
