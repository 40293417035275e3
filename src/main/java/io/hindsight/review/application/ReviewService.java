package io.hindsight.review.application;

import io.hindsight.incident.application.RunbookUseFacts;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.review.domain.FeedbackAnswer;
import io.hindsight.review.domain.ReasonKind;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewOutcome;
import io.hindsight.review.domain.ReviewReason;
import io.hindsight.review.domain.RunbookReview;
import io.hindsight.runbook.application.RunbookIndexStore;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChange;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records reviews and assigns them. A review is based on the item's version the reviewer loaded, so
 * that of two reviews racing on one item one wins and the other is told; it clears every reason
 * raised before the reviewer started and answers the runbook's open feedback.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

  private static final String NEEDS_CHANGE_SOURCE = "review-";

  @Inject ReviewItems items;
  @Inject ReviewRefresh refresh;
  @Inject RunbookUseFacts incidents;
  @Inject UserAccounts users;
  @Inject RunbookRepositories repositories;
  @Inject RunbookIndexStore index;
  @Inject Event<ReviewAssigned> assigned;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  /** What a reviewer submits. */
  public record Submission(
      long itemVersion,
      ReviewOutcome outcome,
      Optional<String> notes,
      Optional<Instant> startedAt) {}

  public RunbookReview record(long itemId, Submission submission, Caller caller) {
    if (!submission.outcome().submittable()) {
      throw FieldRefused.field(
          "outcome",
          "\"" + submission.outcome().words() + "\" is recorded by a merged change only");
    }
    ReviewItem item = current(itemId);
    StaleVersion.check("this runbook's review", submission.itemVersion(), item.version());
    Instant now = clock.instant();
    Instant started = submission.startedAt().filter(at -> !at.isAfter(now)).orElse(now);
    RunbookReview review =
        items.add(
            new RunbookReview(
                item,
                caller.username(),
                started,
                now,
                submission.outcome(),
                item.headCommit(),
                submission.notes()));
    answerFeedback(item, review);
    List<ReviewReason> reasons = items.reasons(item.id());
    if (submission.outcome().keepsItDue()) {
      items.add(
          new ReviewReason(
              item.id(),
              ReasonKind.NEEDS_CHANGE,
              NEEDS_CHANGE_SOURCE + review.id(),
              "needs change: " + review.notes().orElse("see the review"),
              Optional.of(ReviewLinks.reviewPage(item.runbook())),
              now));
    } else {
      reasons.forEach(reason -> reason.clearBy(review.id(), review.startedAt(), now));
    }
    item.reviewed(review);
    refresh.runbook(item.runbook());
    audit.record(
        subject(item),
        AuditAction.of("reviewed"),
        FieldChanges.of(
            FieldChange.of("outcome", null, review.outcome().words()),
            FieldChange.of("commit", null, review.commit().orElse(null))),
        review.notes());
    return review;
  }

  /**
   * A change request opened from a "needs change" review was merged: the runbook's review is
   * recorded (outcome "changed", the merge commit, by {@code reviewer}, who approved the change)
   * and the reason that review raised is cleared, so the item is due again only for its other
   * reasons and its calendar. A review unknown here (deleted with its runbook) records nothing.
   *
   * @return the review recorded, or empty when there was nothing to record
   */
  public Optional<RunbookReview> changeMerged(
      long reviewId, String mergeCommit, Username reviewer, String notes) {
    Optional<RunbookReview> asked = items.review(reviewId);
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    Optional<ReviewItem> item = items.find(asked.get().runbook());
    if (item.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    for (ReviewReason reason : items.reasons(item.get().id())) {
      if (reason.kind() == ReasonKind.NEEDS_CHANGE
          && reason.sourceKey().equals(NEEDS_CHANGE_SOURCE + reviewId)) {
        reason.clearByMergedChange(now);
      }
    }
    RunbookReview changed =
        items.add(
            new RunbookReview(
                item.get(),
                reviewer,
                now,
                now,
                ReviewOutcome.CHANGED,
                Optional.of(mergeCommit),
                Optional.of(notes)));
    item.get().reviewed(changed);
    items.flush();
    refresh.runbook(item.get().runbook());
    audit.record(
        subject(item.get()),
        AuditAction.of("reviewed"),
        FieldChanges.of(
            FieldChange.of("outcome", null, changed.outcome().words()),
            FieldChange.of("commit", null, mergeCommit)),
        Optional.of(notes));
    return Optional.of(changed);
  }

  /** The time a reviewer starts looking, by the application's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** Assigns the review to someone, or to nobody; claiming is assigning it to oneself. */
  public ReviewItem assign(long itemId, long itemVersion, Optional<Username> who, Caller caller) {
    ReviewItem item = current(itemId);
    StaleVersion.check("this runbook's review", itemVersion, item.version());
    if (who.isPresent() && users.find(who.get()).isEmpty()) {
      throw FieldRefused.field("assignee", "there is no user " + who.get().value());
    }
    String before = item.assignee().map(Username::value).orElse(null);
    item.assign(who);
    items.flush();
    audit.record(
        subject(item),
        AuditAction.of("assigned"),
        FieldChanges.of(FieldChange.of("assignee", before, who.map(Username::value).orElse(null))));
    who.ifPresent(
        assignee ->
            assigned.fire(
                new ReviewAssigned(
                    item.id(),
                    item.runbook(),
                    item.title(),
                    assignee,
                    caller.username(),
                    item.dueDate(),
                    "review:"
                        + item.id()
                        + ":assigned:"
                        + assignee.value()
                        + ":"
                        + item.version())));
    return item;
  }

  private static AuditSubject subject(ReviewItem item) {
    return AuditSubject.of("review", item.runbook().toString());
  }

  private void answerFeedback(ReviewItem item, RunbookReview review) {
    Optional<Instant> changed = lastChange(item);
    for (RunbookUseFacts.Feedback feedback : incidents.feedbackOn(item.runbook())) {
      if (!"OPEN".equals(feedback.state()) || !feedback.createdAt().isBefore(review.startedAt())) {
        continue;
      }
      boolean changedSince = changed.filter(at -> at.isAfter(feedback.createdAt())).isPresent();
      FeedbackAnswer answer =
          FeedbackAnswer.of(review.outcome(), changedSince, review.notes())
              .orElseThrow(
                  () ->
                      FieldRefused.field(
                          "notes",
                          "say why the open feedback (\""
                              + feedback.step()
                              + "\") does not call for a change"));
      incidents.answer(feedback.id(), answer.state().name(), answer.reason());
    }
  }

  private Optional<Instant> lastChange(ReviewItem item) {
    return repositories
        .registered(item.repository())
        .flatMap(repository -> index.find(repository.id(), item.path()))
        .flatMap(IndexedRunbook::lastUpdated);
  }

  private ReviewItem current(long itemId) {
    ReviewItem item =
        items.find(itemId).orElseThrow(() -> new NotFound("No review item " + itemId + "."));
    if (item.isGone()) {
      throw new StateConflict(
          "The runbook " + item.runbook() + " is no longer in its repository; nothing to review.");
    }
    return item;
  }
}
