package io.hindsight.review.application;

import io.hindsight.incident.application.RunbookUseFacts;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.review.domain.FeedbackAnswer.FeedbackState;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The runbook-improvement feedback of every runbook, newest first, filtered by state and repository
 * in the database, for the feedback page and the API alike. The note of feedback raised in a
 * restricted incident is left out, as on the review page.
 */
@ApplicationScoped
public class FeedbackList {

  @Inject RunbookUseFacts incidents;

  /** One feedback item as the list shows it. */
  public record Row(
      long id,
      RunbookRef runbook,
      String incident,
      boolean restricted,
      String step,
      String problem,
      Optional<String> note,
      String author,
      Instant raisedAt,
      FeedbackState state,
      Optional<String> stateReason) {

    public String reviewPage() {
      return ReviewLinks.reviewPage(runbook);
    }

    public String incidentPage() {
      return ReviewLinks.incident(incident);
    }
  }

  public ResultPage<Row> page(
      Optional<FeedbackState> state, Optional<RepositoryKey> repository, int page, int size) {
    return incidents
        .feedbackPage(state.map(FeedbackState::name), repository, page, size)
        .map(
            feedback ->
                new Row(
                    feedback.id(),
                    feedback.runbook(),
                    feedback.incident().value(),
                    feedback.restricted(),
                    feedback.step(),
                    feedback.problem().name().toLowerCase(java.util.Locale.ROOT),
                    feedback.restricted() ? Optional.empty() : Optional.of(feedback.note()),
                    feedback.author().value(),
                    feedback.createdAt(),
                    FeedbackState.parse(feedback.state()).orElse(FeedbackState.OPEN),
                    feedback.stateReason()));
  }
}
