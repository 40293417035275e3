package io.hindsight.review.application;

import io.hindsight.review.domain.WeeklyDigests;

/**
 * CDI event fired by the review sweep, inside its transaction, with a reviewer's weekly digest: the
 * reviews assigned to them that are due by the end of the week. Fired at most once per week by each
 * node (after a restart, again: {@code notify} queues each dedupe key once).
 *
 * @param digest the reviewer, the week and what is due; its {@code dedupeKey()} is {@code
 *     review-digest:<reviewer>:<week>}
 */
public record ReviewDigestDue(WeeklyDigests.Digest digest) {

  /** The reviewer's own queue page, relative to the application's root. */
  public String queuePage() {
    return "reviews.xhtml?mine=true";
  }

  /** The review page of one listed review, relative to the application's root. */
  public static String reviewPage(WeeklyDigests.Assigned review) {
    return ReviewLinks.reviewPage(review.runbook());
  }
}
