package io.hindsight.change.web;

import io.hindsight.change.application.ChangeActors;
import io.hindsight.change.application.ChangeDetail;
import io.hindsight.change.application.ChangeMerger;
import io.hindsight.change.application.ChangeRequestService;
import io.hindsight.change.application.ChangeSources;
import io.hindsight.change.application.ChangeViews;
import io.hindsight.change.application.NewRunbooks;
import io.hindsight.change.application.SaveRevision;
import io.hindsight.change.domain.Actor;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeSource;
import io.hindsight.change.domain.ReviewVerdict;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.Refusal;
import io.hindsight.platform.text.SideBySideDiff;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.BlameCheck;
import io.hindsight.review.application.ReviewLinks;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One change request: its state, coloured diff, lint before and after, comments; the editor with
 * live preview and lint for its author; submit, review, merge and close for those allowed.
 */
@Named
@ViewScoped
public class ChangePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ChangeRequestService service;
  @Inject ChangeMerger merger;
  @Inject ChangeViews views;
  @Inject ChangeSources sources;
  @Inject NewRunbooks newRunbooks;
  @Inject CallerIdentity identity;

  private String id;
  private long changeId;
  private String problem;
  private String content;
  private String title;
  private String message;
  private boolean significant;
  private String comment;

  @Inject BlameCheck blame;
  private long version;
  private transient ChangeDetail detail;
  private transient List<SideBySideDiff.Row> sideBySide;
  private transient String sourceDescription;

  /** One line of the unified diff and how it is shown. */
  public record DiffLine(String text, String kind) {}

  public void load() {
    try {
      changeId = Long.parseLong(id == null ? "" : id.strip());
      detail = views.detail(changeId, actor());
      if (content == null) {
        content =
            detail.after().isEmpty() && detail.before().isEmpty()
                ? newRunbooks.template(detail.summary().title(), actor())
                : detail.after();
        title = detail.summary().title();
        significant = detail.significant();
      }
      version = detail.summary().version();
    } catch (NumberFormatException | NotFound e) {
      problem = "There is no change request " + (id == null ? "" : id) + ".";
    }
  }

  public ChangeDetail getDetail() {
    if (detail == null && problem == null && changeId > 0) {
      detail = views.detail(changeId, actor());
    }
    return detail;
  }

  /** The page of what asked for the change, relative to the root: a review's or an incident's. */
  public String getSourcePage() {
    ChangeDetail shown = getDetail();
    if (shown == null) {
      return null;
    }
    String key = shown.summary().sourceKey();
    return switch (SourceKind.parse(shown.summary().sourceKind()).orElse(SourceKind.RUNBOOK)) {
      case REVIEW ->
          ReviewLinks.reviewPage(
              new RunbookRef(
                  RepositoryKey.of(shown.summary().repository()),
                  RunbookPath.of(shown.summary().path())));
      case INCIDENT -> ReviewLinks.incident(key);
      case ACTION_ITEM -> "action-items.xhtml#item-" + key;
      case FEEDBACK -> "runbook-feedback.xhtml#feedback-" + key;
      default -> null;
    };
  }

  /** What the source asked for, in a line; empty for a free edit. */
  public String getSourceDescription() {
    ChangeDetail shown = getDetail();
    if (shown == null) {
      return "";
    }
    if (sourceDescription == null) {
      sourceDescription =
          SourceKind.parse(shown.summary().sourceKind())
              .flatMap(
                  kind ->
                      sources.describe(
                          new ChangeSource(kind, shown.summary().sourceKey()), identity.caller()))
              .orElse("");
    }
    return sourceDescription;
  }

  public String getPreview() {
    return views.render(content == null ? "" : content);
  }

  public List<LintFinding> getLiveFindings() {
    return changeId > 0 ? views.lint(changeId, content) : List.of();
  }

  public List<DiffLine> getDiffLines() {
    ChangeDetail shown = getDetail();
    if (shown == null || shown.diff().isEmpty()) {
      return List.of();
    }
    return shown.diff().lines().map(ChangePage::line).toList();
  }

  /** The runbook before and after, line by line side by side, the changed words marked. */
  public List<SideBySideDiff.Row> getSideBySide() {
    ChangeDetail shown = getDetail();
    if (shown == null || shown.diff().isEmpty()) {
      return List.of();
    }
    if (sideBySide == null) {
      sideBySide = SideBySideDiff.between(shown.before(), shown.after());
    }
    return sideBySide;
  }

  /** The runbook as it was at the change's base, rendered as its page renders it. */
  public String getRenderedBefore() {
    ChangeDetail shown = getDetail();
    return shown == null || shown.before().isEmpty() ? "" : views.render(shown.before());
  }

  private static DiffLine line(String text) {
    String kind =
        text.startsWith("+++")
                || text.startsWith("---")
                || text.startsWith("diff ")
                || text.startsWith("index ")
            ? "meta"
            : text.startsWith("@@")
                ? "hunk"
                : text.startsWith("+") ? "add" : text.startsWith("-") ? "del" : "same";
    return new DiffLine(text, kind);
  }

  public String save() {
    return act(
        () ->
            service.save(
                changeId,
                new SaveRevision(
                    content,
                    Optional.ofNullable(title),
                    Optional.ofNullable(message),
                    significant,
                    version),
                actor()),
        "Saved as a commit on the change's branch."
            + blameNote("title", title)
            + blameNote("commit message", message));
  }

  public String submit() {
    return act(() -> service.submit(changeId, version, actor()), "Submitted for review.");
  }

  public String approve() {
    return act(
        () -> service.review(changeId, ReviewVerdict.APPROVE, comment, version, actor()),
        "Approved." + blameNote("comment", comment));
  }

  public String requestChanges() {
    return act(
        () -> service.review(changeId, ReviewVerdict.REQUEST_CHANGES, comment, version, actor()),
        "Changes requested." + blameNote("comment", comment));
  }

  /** A gentle note when a text blames someone; the text is kept as written. */
  private String blameNote(String what, String text) {
    return blame.note(text).map(note -> " A note on your " + what + ": " + note).orElse("");
  }

  public String merge() {
    return act(() -> merger.merge(changeId, version, actor()), "Merged.");
  }

  public String close() {
    return act(() -> service.close(changeId, version, actor()), "Closed without merging.");
  }

  private String act(Supplier<ChangeRequest> action, String done) {
    try {
      ChangeRequest change = action.get();
      FacesMessages.infoAfterRedirect(done);
      return "/change.xhtml?faces-redirect=true&id=" + change.id();
    } catch (Refusal refused) {
      FacesMessages.error(refused.getMessage());
      detail = null;
      sideBySide = null;
      return null;
    }
  }

  private Actor actor() {
    return ChangeActors.of(identity);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getProblem() {
    return problem;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public boolean isSignificant() {
    return significant;
  }

  public void setSignificant(boolean significant) {
    this.significant = significant;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public long getVersion() {
    return version;
  }
}
