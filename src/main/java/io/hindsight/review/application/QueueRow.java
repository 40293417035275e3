package io.hindsight.review.application;

import io.hindsight.review.domain.DueState;
import io.hindsight.review.domain.LastReview;
import io.hindsight.review.domain.ReasonKind;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One row of the review queue, as the page and the API show it. */
public record QueueRow(
    long id,
    long version,
    RunbookRef runbook,
    String title,
    Optional<String> owner,
    Optional<Username> assignee,
    LocalDate dueDate,
    String dueInWords,
    DueState state,
    Optional<String> reviewInterval,
    List<Reason> reasons,
    Optional<LastReview> lastReview,
    boolean changedSinceReview,
    boolean retired) {

  public QueueRow {
    reasons = List.copyOf(reasons);
  }

  /** An open reason, with the fact that raised it. */
  public record Reason(
      ReasonKind kind, String label, Optional<String> link, Instant raisedAt, LocalDate dueDate) {}

  public String reviewPage() {
    return ReviewLinks.reviewPage(runbook);
  }

  public boolean overdue() {
    return state.isOverdue();
  }
}
