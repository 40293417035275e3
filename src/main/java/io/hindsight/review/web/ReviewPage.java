package io.hindsight.review.web;

import io.hindsight.platform.refusal.Refusal;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.BlameCheck;
import io.hindsight.review.application.ChangeFromReview;
import io.hindsight.review.application.QueueFilter;
import io.hindsight.review.application.QueueOrder;
import io.hindsight.review.application.QueueRow;
import io.hindsight.review.application.ReviewChangeRequests;
import io.hindsight.review.application.ReviewDetail;
import io.hindsight.review.application.ReviewQueue;
import io.hindsight.review.application.ReviewService;
import io.hindsight.review.domain.ReviewOutcome;
import io.hindsight.review.domain.RunbookReview;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The review page of one runbook: what the reviewer reads (rendered runbook, lint, diff since the
 * last review, feedback, incidents) and the actions "still accurate", "needs change" (with or
 * without opening a change request at once), "retire", "claim", and opening the change request a
 * "needs change" review asks for. After a review it opens the next item of the queue, so that a
 * reviewer works through the queue without going back to the list.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewDetail details;
  @Inject ReviewService service;
  @Inject ReviewQueue queue;
  @Inject CallerIdentity identity;
  @Inject ChangeFromReview changeRequests;

  private String repo;
  private String path;
  private String notes;

  @Inject BlameCheck blame;
  private long version;
  private Instant startedAt;
  private Long changeReviewId;
  private String problem;
  private transient ReviewDetail.Detail detail;

  public void load() {
    Optional<RunbookRef> runbook = runbook();
    if (runbook.isEmpty()) {
      fail(400, "This is not a runbook address: give a repository key and a runbook path.");
      return;
    }
    try {
      detail = details.of(runbook.get());
    } catch (Refusal refused) {
      fail(404, refused.getMessage());
      return;
    }
    if (!FacesContext.getCurrentInstance().isPostback()) {
      version = detail.row().version();
      startedAt = service.now();
      changeReviewId = detail.awaitingChangeRequest().map(RunbookReview::id).orElse(null);
    }
  }

  private Optional<RunbookRef> runbook() {
    Optional<RepositoryKey> key =
        repo == null ? Optional.empty() : RepositoryKey.parse(repo.strip());
    Optional<RunbookPath> file = path == null ? Optional.empty() : RunbookPath.parse(path.strip());
    return key.isPresent() && file.isPresent()
        ? Optional.of(new RunbookRef(key.get(), file.get()))
        : Optional.empty();
  }

  private void fail(int status, String message) {
    problem = message;
    detail = null;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  public String stillAccurate() {
    return record(ReviewOutcome.STILL_ACCURATE);
  }

  public String needsChange() {
    return record(ReviewOutcome.NEEDS_CHANGE);
  }

  public String retire() {
    return record(ReviewOutcome.RETIRED);
  }

  public String claim() {
    if (detail == null) {
      load();
    }
    try {
      service.assign(
          detail.row().id(), version, Optional.of(identity.username()), identity.caller());
      FacesMessages.infoAfterRedirect("You review " + detail.row().title() + ".");
      return self();
    } catch (Refusal refused) {
      FacesMessages.error(refused.getMessage());
      return null;
    }
  }

  /** Records "needs change" and opens the change request for it, whose page comes next. */
  public String needsChangeAndOpen() {
    return recorded(ReviewOutcome.NEEDS_CHANGE)
        .map(review -> openChange(review.id(), true))
        .orElse(null);
  }

  /** Opens the change request for the latest "needs change" review, or the one opened before. */
  public String openChange() {
    if (detail == null) {
      load();
    }
    if (changeReviewId == null) {
      FacesMessages.error("No \"needs change\" review of this runbook waits for a change request.");
      return null;
    }
    return openChange(changeReviewId, false);
  }

  private String openChange(long reviewId, boolean justRecorded) {
    ReviewChangeRequests.Linked change;
    try {
      change = changeRequests.open(detail.row().id(), reviewId);
    } catch (Refusal refused) {
      FacesMessages.error("No change request opened: " + refused.getMessage());
      if (!justRecorded) {
        return null;
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return self();
    }
    FacesMessages.infoAfterRedirect(
        change.created()
            ? "Opened change request #" + change.id() + " for review #" + reviewId + "."
            : "Change request #"
                + change.id()
                + " was opened for review #"
                + reviewId
                + " before.");
    return "/change.xhtml?faces-redirect=true&id=" + change.id();
  }

  private String record(ReviewOutcome outcome) {
    return recorded(outcome).map(review -> next()).orElse(null);
  }

  private Optional<RunbookReview> recorded(ReviewOutcome outcome) {
    if (detail == null) {
      load();
    }
    if (!identity.hasRole(Role.REVIEWER)) {
      FacesMessages.error("Only reviewers record runbook reviews.");
      return Optional.empty();
    }
    RunbookReview review;
    try {
      review =
          service.record(
              detail.row().id(),
              new ReviewService.Submission(
                  version, outcome, Optional.ofNullable(notes), Optional.ofNullable(startedAt)),
              identity.caller());
    } catch (Refusal refused) {
      FacesMessages.error(refused.getMessage());
      return Optional.empty();
    }
    FacesMessages.infoAfterRedirect(
        "Recorded: "
            + detail.row().title()
            + " is "
            + outcome.words()
            + "."
            + blame.note(notes).map(note -> " A note on your notes: " + note).orElse(""));
    return Optional.of(review);
  }

  /**
   * The most urgent item left in the queue: the reviewer's own in this repository first, then any
   * in this repository, then the reviewer's own anywhere, then any; else the queue itself.
   */
  private String next() {
    Optional<Username> me = Optional.of(identity.username());
    Optional<RepositoryKey> here = Optional.of(detail.row().runbook().repository());
    List<QueueFilter> filters =
        List.of(
            filter(me, here),
            filter(Optional.empty(), here),
            filter(me, Optional.empty()),
            QueueFilter.none());
    for (QueueFilter filter : filters) {
      Optional<QueueRow> next =
          queue.page(filter, QueueOrder.URGENCY, 0, 2).items().stream()
              .filter(row -> row.id() != detail.row().id())
              .findFirst();
      if (next.isPresent()) {
        return address(next.get().runbook());
      }
    }
    return "/reviews?faces-redirect=true";
  }

  private static QueueFilter filter(Optional<Username> who, Optional<RepositoryKey> repository) {
    return new QueueFilter(
        who, false, repository, Optional.empty(), Optional.empty(), false, false, false);
  }

  private static String address(RunbookRef runbook) {
    return "/review?faces-redirect=true&repo="
        + runbook.repository().value()
        + "&path="
        + URLEncoder.encode(runbook.path().value(), StandardCharsets.UTF_8);
  }

  private String self() {
    return address(detail.row().runbook());
  }

  public boolean isReviewer() {
    return identity.hasRole(Role.REVIEWER);
  }

  public boolean isResponder() {
    return identity.hasRole(Role.RESPONDER);
  }

  public ReviewDetail.Detail getDetail() {
    return detail;
  }

  public String getProblem() {
    return problem;
  }

  public String getRepo() {
    return repo;
  }

  public void setRepo(String repo) {
    this.repo = repo;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
