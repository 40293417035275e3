package io.hindsight.runbook.git;

import java.time.Instant;
import java.util.Objects;

/**
 * The newest commit that touched a path, as {@code git log -1 -- path} reports it.
 *
 * @param authorTime when the change was written ({@code %aI})
 * @param commitTime when it was committed to the branch ({@code %cI}): the runbook's "last updated"
 */
public record LastChange(
    String commitId,
    String authorName,
    Instant authorTime,
    String shortMessage,
    Instant commitTime) {

  public LastChange {
    Objects.requireNonNull(commitId, "commitId");
    Objects.requireNonNull(authorName, "authorName");
    Objects.requireNonNull(authorTime, "authorTime");
    Objects.requireNonNull(shortMessage, "shortMessage");
    Objects.requireNonNull(commitTime, "commitTime");
  }

  /** A change committed when it was written, as most are. */
  public LastChange(String commitId, String authorName, Instant authorTime, String shortMessage) {
    this(commitId, authorName, authorTime, shortMessage, authorTime);
  }
}
