package io.hindsight.runbook.domain;

import java.util.Objects;

/**
 * The folder of a repository that holds runbooks, relative to its root, without leading or trailing
 * slash; empty for the root.
 */
public record RunbookFolder(String value) {

  public static final RunbookFolder ROOT = new RunbookFolder("");

  public RunbookFolder {
    Objects.requireNonNull(value, "value");
    if (!value.isEmpty()) {
      if (value.length() > 1000) {
        throw new IllegalArgumentException("A runbook folder has at most 1000 characters.");
      }
      RunbookPath.parse(value + "/x.md")
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "A runbook folder is a relative path like 'docs/runbooks', without '..',"
                          + " '%', '\\\\' or control characters."));
    }
  }

  /** Accepts {@code "", "/", "docs/runbooks/"} and the like. */
  public static RunbookFolder of(String raw) {
    String trimmed = raw == null ? "" : raw.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.startsWith("/") && trimmed.length() > 0) {
      throw new IllegalArgumentException("A runbook folder is relative to the repository root.");
    }
    return new RunbookFolder(trimmed);
  }

  public boolean contains(String repositoryPath) {
    return value.isEmpty() || repositoryPath.startsWith(value + "/");
  }

  @Override
  public String toString() {
    return value;
  }
}
