package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeState;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.security.domain.Username;
import java.util.Optional;

/**
 * Which change requests to list: by state, repository, runbook, author; {@code reviewableBy} keeps
 * those in review that this user did not write.
 */
public record ChangeFilter(
    Optional<ChangeState> state,
    Optional<RepositoryKey> repository,
    Optional<RunbookPath> path,
    Optional<Username> author,
    Optional<Username> reviewableBy) {

  public static ChangeFilter all() {
    return new ChangeFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
