package io.hindsight.forge.application;

import java.util.Optional;

/**
 * What a forge's webhook said about a pull request: its branch, whether it was merged or closed (or
 * neither: opened, reviewed, edited), the merge commit, and who did it (their forge login).
 */
public record PullRequestEvent(
    String branch, Outcome outcome, Optional<String> mergeCommit, Optional<String> sender) {

  /** What the event means for the change request. */
  public enum Outcome {
    MERGED,
    CLOSED,
    OTHER
  }
}
