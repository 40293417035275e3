package io.hindsight.review.application;

import io.hindsight.runbook.application.RunbookHistory;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.git.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed in a runbook after the commit last reviewed: the commits that touched it since,
 * newest first, each with its diff (at most {@link #MAX_COMMITS}).
 */
@ApplicationScoped
public class ChangeSinceReview {

  static final int MAX_COMMITS = 20;

  @Inject RunbookHistory history;

  /** One commit after the review. */
  public record Commit(String id, String author, Instant time, String message, String diff) {

    public String shortId() {
      return id.substring(0, Math.min(10, id.length()));
    }
  }

  /** Empty when there is no recorded review to compare with or nothing changed since. */
  public List<Commit> of(RunbookRef runbook, Optional<String> reviewedCommit) {
    if (reviewedCommit.isEmpty()) {
      return List.of();
    }
    List<Commit> commits = new ArrayList<>();
    for (HistoryEntry entry : history.of(runbook.repository(), runbook.path())) {
      if (entry.commitId().equals(reviewedCommit.get()) || commits.size() == MAX_COMMITS) {
        break;
      }
      commits.add(
          new Commit(
              entry.commitId(),
              entry.authorName(),
              entry.authorTime(),
              entry.message(),
              history.diff(runbook.repository(), runbook.path(), entry.commitId()).orElse("")));
    }
    return commits;
  }
}
