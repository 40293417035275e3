package io.hindsight.runbook.domain;

import java.time.Instant;
import java.util.Objects;

/** When Git last changed a runbook, and who did. */
public record LastGitChange(Instant time, String author) {

  public LastGitChange {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(author, "author");
  }
}
