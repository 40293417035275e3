package io.hindsight.runbook.git;

import java.util.Objects;

/**
 * One file a diff between two commits touched. A path that is not on a side (the old path of an
 * added file, the new path of a deleted one) is {@code /dev/null}, as in Git's own diffs.
 */
public record FileChange(Kind kind, String oldPath, String newPath) {

  public enum Kind {
    ADD,
    MODIFY,
    DELETE,
    RENAME,
    COPY
  }

  public FileChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(oldPath, "oldPath");
    Objects.requireNonNull(newPath, "newPath");
  }
}
