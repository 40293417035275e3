package io.hindsight.review.api;

import io.hindsight.platform.text.SingleLine;
import java.time.Instant;

/** Request bodies of {@code /api/v1/reviews}. */
public final class ReviewRequests {

  private ReviewRequests() {}

  /**
   * @param version the item's version as loaded
   * @param outcome still_accurate, needs_change or retired
   * @param startedAt when the reviewer opened the runbook; reasons raised after stay open
   */
  public record Record(Long version, String outcome, String notes, Instant startedAt) {}

  /**
   * @param assignee a username, or null to leave it unassigned
   */
  public record Assign(Long version, @SingleLine String assignee) {}

  public record Claim(Long version) {}

  /**
   * @param service the service or infrastructure changed, as runbooks name it in {@code services}
   * @param reference the pipeline's name for the change (deploy id, commit): the same reference
   *     reported again raises nothing new
   * @param description a few words on the change, shown with the reason
   */
  public record Change(
      @SingleLine String service, @SingleLine String reference, @SingleLine String description) {}
}
