package io.hindsight.runbook.git;

import java.util.List;
import java.util.Optional;

/**
 * What an in-memory merge gave: the new commit, or the paths both sides changed in the same lines.
 */
public record MergeOutcome(Optional<String> commit, List<String> conflicts) {

  public MergeOutcome {
    conflicts = List.copyOf(conflicts);
  }

  public boolean isClean() {
    return commit.isPresent();
  }
}
