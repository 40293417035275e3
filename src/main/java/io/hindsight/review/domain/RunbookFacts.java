package io.hindsight.review.domain;

import io.hindsight.runbook.domain.ReviewInterval;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the runbook index says about a runbook that matters to its review.
 *
 * @param severityRank 0 for critical to 3 for low, 4 when unknown: the more severe, the sooner in
 *     the queue among runbooks due the same day
 * @param intervalProblem the written {@code review_interval} that could not be read, if any (the
 *     quarterly default is used)
 * @param frontMatterReviewed front matter {@code last_reviewed}
 * @param indexUpdated the "Last Updated" cell of the index table row that links the runbook
 * @param lastCommitDate the day of the last commit that touched the file
 */
public record RunbookFacts(
    String title,
    Optional<String> owner,
    int severityRank,
    Optional<ReviewInterval> interval,
    Optional<String> intervalProblem,
    Optional<LocalDate> frontMatterReviewed,
    Optional<LocalDate> indexUpdated,
    Optional<LocalDate> lastCommitDate,
    Optional<String> headCommit) {

  public static final int UNKNOWN_SEVERITY = 4;

  public RunbookFacts {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(intervalProblem, "intervalProblem");
    Objects.requireNonNull(frontMatterReviewed, "frontMatterReviewed");
    Objects.requireNonNull(indexUpdated, "indexUpdated");
    Objects.requireNonNull(lastCommitDate, "lastCommitDate");
    Objects.requireNonNull(headCommit, "headCommit");
  }
}
