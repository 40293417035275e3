package io.hindsight.runbook.domain;

import java.util.Optional;

/**
 * Repository-relative path of any file, such as an image, with the same rules as a {@link
 * RunbookPath} but any extension: no {@code ..}, no absolute path, no NUL or other control
 * character, no backslash, no {@code %}.
 */
public record RepositoryFilePath(String value) {

  public RepositoryFilePath {
    String problem = RunbookPath.fileProblemWith(value);
    if (problem != null) {
      throw new InvalidRunbookPathException(problem.replace("runbook path", "file path"));
    }
  }

  public static RepositoryFilePath of(String raw) {
    return new RepositoryFilePath(raw);
  }

  public static Optional<RepositoryFilePath> parse(String raw) {
    return RunbookPath.fileProblemWith(raw) == null
        ? Optional.of(new RepositoryFilePath(raw))
        : Optional.empty();
  }

  public String fileName() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
