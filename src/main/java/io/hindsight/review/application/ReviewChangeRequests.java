package io.hindsight.review.application;

import io.hindsight.review.domain.ChangeAfterReview;
import io.hindsight.runbook.domain.RunbookRef;
import java.util.Collection;
import java.util.Map;

/**
 * Change requests opened from "needs change" reviews. The change feature implements this port: it
 * comes after review in the house order, so review asks through it and never imports it.
 */
public interface ReviewChangeRequests {

  /**
   * A change request as a review links it.
   *
   * @param page the change request's page, relative to the application's root
   * @param created whether this call opened it (false: it was opened before)
   */
  record Linked(long id, String title, String state, String page, boolean created) {}

  /** Opens the change request for {@code runbook} that answers the review, on its own branch. */
  Linked open(RunbookRef runbook, ChangeAfterReview change);

  /** The change request opened for each of these reviews, whatever its state, by review id. */
  Map<Long, Linked> of(Collection<Long> reviewIds);
}
