package io.hindsight.review.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.review.domain.ChangeAfterReview;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewOutcome;
import io.hindsight.review.domain.RunbookReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a "needs change" review into a change request for its runbook, linked back to the review
 * (its source): once, so that asking again gives the one opened before, whatever its state.
 */
@ApplicationScoped
public class ChangeFromReview {

  @Inject ReviewItems items;
  @Inject Instance<ReviewChangeRequests> changes;

  /**
   * @throws NotFound for an unknown item, or a review that is not one of the item's
   * @throws StateConflict for a review that did not find a change needed, or a runbook gone since
   */
  public ReviewChangeRequests.Linked open(long itemId, long reviewId) {
    ReviewItem item =
        items.find(itemId).orElseThrow(() -> new NotFound("No review item " + itemId + "."));
    RunbookReview review =
        items
            .review(reviewId)
            .filter(found -> found.itemId().equals(item.id()))
            .orElseThrow(
                () -> new NotFound("No review " + reviewId + " of " + item.runbook() + "."));
    ChangeAfterReview change =
        ChangeAfterReview.of(review.id(), review.outcome(), item.title(), review.notes())
            .orElseThrow(
                () ->
                    new StateConflict(
                        "Review "
                            + reviewId
                            + " found the runbook "
                            + review.outcome().words()
                            + ": only a \"needs change\" review opens a change request."));
    ReviewChangeRequests port = port();
    Optional<ReviewChangeRequests.Linked> opened =
        Optional.ofNullable(port.of(List.of(reviewId)).get(reviewId));
    if (opened.isPresent()) {
      return opened.get();
    }
    if (item.isGone()) {
      throw new StateConflict(
          "The runbook " + item.runbook() + " is no longer in its repository; nothing to change.");
    }
    return port.open(item.runbook(), change);
  }

  /** The change requests opened for these reviews, by review id; none where nothing opens them. */
  public Map<Long, ReviewChangeRequests.Linked> of(Collection<RunbookReview> reviews) {
    List<Long> ids =
        reviews.stream()
            .filter(review -> review.outcome() == ReviewOutcome.NEEDS_CHANGE)
            .map(RunbookReview::id)
            .toList();
    return ids.isEmpty() || changes.isUnsatisfied() ? Map.of() : port().of(ids);
  }

  private ReviewChangeRequests port() {
    if (changes.isUnsatisfied()) {
      throw new StateConflict("Change requests are not available on this server.");
    }
    return changes.get();
  }
}
