package io.hindsight.review.api;

import io.hindsight.review.application.QuarterProgress;
import io.hindsight.review.application.QueueRow;
import io.hindsight.review.application.ReviewChangeRequests;
import io.hindsight.review.application.ReviewLinks;
import io.hindsight.review.application.ServiceChanges;
import io.hindsight.review.domain.QuarterCounts;
import io.hindsight.review.domain.RunbookReview;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  /**
   * @param changeRequest the change request opened for a "needs change" review, if any
   */
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
      String notes,
      ChangeRequestLink changeRequest) {}

  /**
   * A change request opened from a review.
   *
   * @param page its page, relative to the application's root
   * @param api its address in this API
   */
  @Schema(name = "ReviewChangeRequest")
  public record ChangeRequestLink(long id, String title, String state, String page, String api) {}

  static ChangeRequestLink changeRequest(ReviewChangeRequests.Linked linked) {
    return new ChangeRequestLink(
        linked.id(),
        linked.title(),
        linked.state(),
        linked.page(),
        "/api/v1/change-requests/" + linked.id());
  }

  @Schema(name = "ReviewChangeRunbook")
  public record ChangedRunbook(String repository, String path, String reviewPage) {}

  @Schema(name = "ReviewChangeResult")
  public record Change(String service, LocalDate due, List<ChangedRunbook> runbooks) {}

  static Change change(ServiceChanges.Flagged flagged) {
    return new Change(
        flagged.service().value(),
        flagged.due(),
        flagged.runbooks().stream()
            .map(
                ref ->
                    new ChangedRunbook(
                        ref.repository().value(), ref.path().value(), ReviewLinks.reviewPage(ref)))
            .toList());
  }

  @Schema(name = "ReviewQuarterCounts")
  public record Counts(
      long runbooks,
      long reviewed,
      long due,
      long overdue,
      long fresh,
      int reviewedPercent,
      int freshPercent) {}

  @Schema(name = "ReviewQuarterGroup")
  public record Group(String name, Counts counts) {}

  @Schema(name = "RunbookFreshness")
  public record Freshness(
      long id,
      String repository,
      String path,
      String title,
      LocalDate lastReviewed,
      String lastReviewSource,
      Long daysSinceReview,
      LocalDate due,
      String state,
      String reviewPage) {}

  @Schema(name = "ReviewQuarter")
  public record Quarter(
      String quarter,
      LocalDate start,
      LocalDate end,
      LocalDate today,
      Counts total,
      List<Group> byRepository,
      List<Group> byOwner,
      List<Freshness> stalest) {}

  static Quarter quarter(QuarterProgress progress) {
    return new Quarter(
        progress.quarter().label(),
        progress.quarter().start(),
        progress.quarter().end(),
        progress.today(),
        counts(progress.total()),
        progress.byRepository().stream().map(ReviewViews::group).toList(),
        progress.byOwner().stream().map(ReviewViews::group).toList(),
        progress.stalest().stream()
            .map(
                runbook ->
                    new Freshness(
                        runbook.itemId(),
                        runbook.runbook().repository().value(),
                        runbook.runbook().path().value(),
                        runbook.title(),
                        runbook.lastReview().map(last -> last.date()).orElse(null),
                        runbook.lastReview().map(last -> code(last.source().name())).orElse(null),
                        runbook.daysSinceReview().orElse(null),
                        runbook.due(),
                        code(runbook.state().name()),
                        runbook.reviewPage()))
            .toList());
  }

  private static Group group(QuarterProgress.Group group) {
    return new Group(group.name().orElse(null), counts(group.counts()));
  }

  private static Counts counts(QuarterCounts counts) {
    return new Counts(
        counts.runbooks(),
        counts.reviewed(),
        counts.due(),
        counts.overdue(),
        counts.fresh(),
        counts.reviewedPercent(),
        counts.freshPercent());
  }

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
    return review(review, Optional.empty());
  }

  static Review review(RunbookReview review, Optional<ReviewChangeRequests.Linked> change) {
    return new Review(
        review.id(),
        review.runbook().repository().value(),
        review.runbook().path().value(),
        review.reviewer().value(),
        review.startedAt(),
        review.reviewedAt(),
        code(review.outcome().name()),
        review.commit().orElse(null),
        review.notes().orElse(null),
        change.map(ReviewViews::changeRequest).orElse(null));
  }

  private static String code(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
