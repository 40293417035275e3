package io.hindsight.review.application;

import io.hindsight.incident.application.RunbookUseFacts;
import io.hindsight.platform.markdown.MarkdownRenderer;
import io.hindsight.review.domain.ReviewOutcome;
import io.hindsight.review.domain.RunbookReview;
import io.hindsight.runbook.application.RunbookDocument;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookLibrary;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RunbookRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a reviewer looks at for one runbook: its queue row, the rendered runbook and its lint
 * findings, the diff since the last review, its feedback with the incident it came from, the
 * incidents that used it, and the reviews done, notes rendered through the sanitizing renderer,
 * with the change requests opened from them.
 */
@ApplicationScoped
public class ReviewDetail {

  private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

  @Inject ReviewQueue queue;
  @Inject ReviewItems items;
  @Inject ReviewRefresh refresh;
  @Inject RunbookLibrary library;
  @Inject RunbookInspection inspection;
  @Inject RunbookUseFacts incidents;
  @Inject ChangeSinceReview changes;
  @Inject ChangeFromReview changeRequests;

  /** A review done, its notes as safe HTML, and the change request opened from it, if any. */
  public record PastReview(
      RunbookReview review,
      String notesHtml,
      Optional<ReviewChangeRequests.Linked> changeRequest) {}

  public record Detail(
      QueueRow row,
      Optional<RunbookDocument> document,
      List<LintFinding> findings,
      List<ChangeSinceReview.Commit> changes,
      List<RunbookUseFacts.Feedback> feedback,
      List<RunbookUseFacts.Use> uses,
      List<PastReview> reviews) {

    public List<RunbookUseFacts.Feedback> openFeedback() {
      return feedback.stream().filter(f -> "OPEN".equals(f.state())).toList();
    }

    /** The latest review, when it found a change needed and no change request answers it yet. */
    public Optional<RunbookReview> awaitingChangeRequest() {
      return reviews.stream()
          .findFirst()
          .filter(past -> past.review().outcome() == ReviewOutcome.NEEDS_CHANGE)
          .filter(past -> past.changeRequest().isEmpty())
          .map(PastReview::review);
    }
  }

  /** Brings the runbook's item up to date first, so that feedback raised a minute ago shows. */
  public Detail of(RunbookRef runbook) {
    refresh.runbook(runbook);
    QueueRow row = queue.row(runbook);
    Optional<RunbookDocument> document = library.open(runbook.repository(), runbook.path());
    List<LintFinding> findings =
        inspection.snapshot(runbook.repository()).findingsOf(runbook.path());
    return new Detail(
        row,
        document,
        findings,
        changes.of(runbook, items.find(row.id()).flatMap(item -> item.reviewedCommit())),
        incidents.feedbackOn(runbook),
        incidents.usesOf(runbook),
        past(items.reviews(runbook, 20)));
  }

  private List<PastReview> past(List<RunbookReview> reviews) {
    Map<Long, ReviewChangeRequests.Linked> opened = changeRequests.of(reviews);
    return reviews.stream()
        .map(
            review ->
                new PastReview(
                    review,
                    review.notes().map(n -> renderer.render(n).html()).orElse(""),
                    Optional.ofNullable(opened.get(review.id()))))
        .toList();
  }
}
