package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.review.application.ReviewChangeRequests;
import io.hindsight.review.domain.ChangeAfterReview;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The change requests the review feature opens for "needs change" reviews: source {@code review}
 * keyed by the review's id, opened by the caller as any change request is (responders and above).
 */
@ApplicationScoped
public class ChangesForReviews implements ReviewChangeRequests {

  @Inject ChangeRequestService service;
  @Inject ChangeRequests changes;
  @Inject CallerIdentity identity;

  @Override
  public Linked open(RunbookRef runbook, ChangeAfterReview change) {
    ChangeRequestService.Opened opened =
        service.open(
            new OpenChange(
                Optional.of(runbook.value()),
                SourceKind.REVIEW,
                Optional.of(String.valueOf(change.reviewId())),
                Optional.of(change.title())),
            ChangeActors.of(identity),
            identity.caller());
    return linked(opened.change(), opened.created());
  }

  @Override
  public Map<Long, Linked> of(Collection<Long> reviewIds) {
    Map<Long, Linked> linked = new HashMap<>();
    changes
        .bySource(SourceKind.REVIEW, reviewIds.stream().map(String::valueOf).toList())
        .forEach(change -> linked.put(Long.valueOf(change.source().key()), linked(change, false)));
    return linked;
  }

  private static Linked linked(ChangeRequest change, boolean created) {
    return new Linked(
        change.id(),
        change.title(),
        change.state().slug(),
        "change.xhtml?id=" + change.id(),
        created);
  }
}
