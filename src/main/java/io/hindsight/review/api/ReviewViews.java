package io.hindsight.review.api;

import io.hindsight.review.application.QueueRow;
import io.hindsight.review.domain.RunbookReview;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON shapes of {@code /api/v1/reviews}. */
public final class ReviewViews {

  private ReviewViews() {}

  public record Reason(String kind, String label, String link, Instant raisedAt, LocalDate due) {}

  public record Item(
      long id,
      long version,
      String repository,
      String path,
      String title,
      String owner,
      String assignee,
      LocalDate due,
      String dueInWords,
      String state,
      String reviewInterval,
      List<Reason> reasons,
      LocalDate lastReviewed,
      String lastReviewSource,
      boolean changedSinceReview,
      String reviewPage) {}

  @Schema(name = "ReviewQueuePage")
  public record Page(List<Item> items, int page, int size, long total) {}

  @Schema(name = "RunbookReview")
  public record Review(
      long id,
      String repository,
      String path,
      String reviewer,
      Instant startedAt,
      Instant reviewedAt,
      String outcome,
      String commit,
      String notes) {}

  static Item item(QueueRow row) {
    return new Item(
        row.id(),
        row.version(),
        row.runbook().repository().value(),
        row.runbook().path().value(),
        row.title(),
        row.owner().orElse(null),
        row.assignee().map(user -> user.value()).orElse(null),
        row.dueDate(),
        row.dueInWords(),
        code(row.state().name()),
        row.reviewInterval().orElse(null),
        row.reasons().stream()
            .map(
                reason ->
                    new Reason(
                        reason.kind().code(),
                        reason.label(),
                        reason.link().orElse(null),
                        reason.raisedAt(),
                        reason.dueDate()))
            .toList(),
        row.lastReview().map(last -> last.date()).orElse(null),
        row.lastReview().map(last -> code(last.source().name())).orElse(null),
        row.changedSinceReview(),
        row.reviewPage());
  }

  static Review review(RunbookReview review) {
    return new Review(
        review.id(),
        review.runbook().repository().value(),
        review.runbook().path().value(),
        review.reviewer().value(),
        review.startedAt(),
        review.reviewedAt(),
        code(review.outcome().name()),
        review.commit().orElse(null),
        review.notes().orElse(null));
  }

  private static String code(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
