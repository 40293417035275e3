package io.hindsight.runbook.application;

import java.time.Instant;
import java.util.Objects;

/** The newest commit that touched a path, as {@code git log -1 -- path} reports it. */
public record LastChange(
    String commitId, String authorName, Instant authorTime, String shortMessage) {

  public LastChange {
    Objects.requireNonNull(commitId, "commitId");
    Objects.requireNonNull(authorName, "authorName");
    Objects.requireNonNull(authorTime, "authorTime");
    Objects.requireNonNull(shortMessage, "shortMessage");
  }
}
