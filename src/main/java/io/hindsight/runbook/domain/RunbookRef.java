package io.hindsight.runbook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * This runbook in this repository: the one reference every feature stores and passes. Written
 * {@code <repository>/<path>} as in a form's choice; the repository key has no slash, so the first
 * slash separates the two. Stored as two columns, named by each entity that embeds it.
 */
@Embeddable
public final class RunbookRef implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "repository", length = 64)
  private String repository;

  @Column(name = "path", length = RunbookPath.MAX_LENGTH)
  private String path;

  protected RunbookRef() {}

  public RunbookRef(RepositoryKey repository, RunbookPath path) {
    this.repository = Objects.requireNonNull(repository, "repository").value();
    this.path = Objects.requireNonNull(path, "path").value();
  }

  public static RunbookRef of(RunbookSummary summary) {
    return new RunbookRef(summary.repository(), summary.path());
  }

  public static Optional<RunbookRef> parse(String raw) {
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
                RunbookPath.parse(raw.substring(slash + 1)).map(path -> new RunbookRef(key, path)));
  }

  public RepositoryKey repository() {
    return RepositoryKey.of(repository);
  }

  public RunbookPath path() {
    return RunbookPath.of(path);
  }

  public String value() {
    return repository + "/" + path;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunbookRef ref
        && repository.equals(ref.repository)
        && path.equals(ref.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(repository, path);
  }

  @Override
  public String toString() {
    return value();
  }
}
