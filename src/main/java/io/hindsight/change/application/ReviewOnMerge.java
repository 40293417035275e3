package io.hindsight.change.application;

import io.hindsight.change.domain.SourceKind;
import io.hindsight.review.application.ReviewService;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Closes the loop of a change a "needs change" review asked for: once it merges, the runbook's
 * review is recorded with outcome "changed" and the merge commit, the first approver as reviewer
 * (who merged it, when nobody approved in Hindsight), in the merge's transaction.
 */
@ApplicationScoped
public class ReviewOnMerge {

  @Inject ReviewService reviews;

  void merged(@Observes ChangeRequestMerged merged) {
    if (merged.source().kind() != SourceKind.REVIEW) {
      return;
    }
    Username reviewer = merged.approvers().stream().findFirst().orElse(merged.mergedBy());
    reviews.changeMerged(
        Long.parseLong(merged.source().key()),
        merged.mergeCommit(),
        reviewer,
        "Change request #" + merged.changeRequestId() + " merged: " + merged.title());
  }
}
