package io.hindsight.action.domain;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import java.util.Objects;

/** The runbook a runbook-update action item changes. */
public record RunbookRef(RepositoryKey repository, RunbookPath path) {

  public RunbookRef {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(path, "path");
  }
}
