package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import java.nio.file.Path;

/**
 * Where a runbook repository's bare clone lives, which branch holds its runbooks and under which
 * folder.
 */
public record RepositoryLocation(
    RepositoryKey key, String name, Path bareDirectory, String branch, RunbookFolder folder) {

  /** Whether a Markdown file of the repository is one of its runbooks, by being in the folder. */
  public boolean holds(RunbookPath path) {
    return folder.contains(path.value());
  }
}
