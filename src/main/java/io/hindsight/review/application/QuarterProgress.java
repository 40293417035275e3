package io.hindsight.review.application;

import io.hindsight.review.domain.DueState;
import io.hindsight.review.domain.LastReview;
import io.hindsight.review.domain.QuarterCounts;
import io.hindsight.review.domain.ReviewQuarter;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The current quarter's review progress, for the quarter page and the API alike: the counts of
 * every runbook (or of one repository's), per repository and per owner, and the runbooks least
 * recently reviewed.
 *
 * @param repository the repository counted, or empty for every repository
 */
public record QuarterProgress(
    ReviewQuarter quarter,
    LocalDate today,
    Optional<RepositoryKey> repository,
    QuarterCounts total,
    List<Group> byRepository,
    List<Group> byOwner,
    List<Freshness> stalest) {

  /** The counts of one repository or one owner ({@code owner} empty: runbooks without one). */
  public record Group(Optional<String> name, QuarterCounts counts) {}

  /** One runbook's freshness: when it was last reviewed, how long ago, and when it is due. */
  public record Freshness(
      long itemId,
      RunbookRef runbook,
      String title,
      Optional<LastReview> lastReview,
      Optional<Long> daysSinceReview,
      LocalDate due,
      DueState state) {

    public String reviewPage() {
      return ReviewLinks.reviewPage(runbook);
    }

    public boolean fresh() {
      return daysSinceReview.filter(days -> days < QuarterCounts.FRESH_DAYS).isPresent();
    }
  }
}
