package io.hindsight.runbook.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One runbook across repositories, written {@code <repository>/<path>} as in a form's choice: the
 * repository key has no slash, so the first slash separates the two.
 */
public record RunbookId(RepositoryKey repository, RunbookPath path) {

  public RunbookId {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(path, "path");
  }

  public static RunbookId of(RunbookSummary summary) {
    return new RunbookId(summary.repository(), summary.path());
  }

  public static Optional<RunbookId> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    int slash = raw.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    return RepositoryKey.parse(raw.substring(0, slash))
        .flatMap(
            key ->
                RunbookPath.parse(raw.substring(slash + 1)).map(path -> new RunbookId(key, path)));
  }

  public String value() {
    return repository.value() + "/" + path.value();
  }

  @Override
  public String toString() {
    return value();
  }
}
