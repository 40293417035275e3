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
}
