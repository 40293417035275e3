package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookPath;
import java.util.Objects;

/** A Markdown file at a commit: its path, the id of its blob and its size in bytes. */
public record RunbookFile(RunbookPath path, String blobId, long size) {

  /**
   * The most bytes a runbook may have: the sync indexes a larger file without reading it, and no
   * page reads one.
   */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  public RunbookFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(blobId, "blobId");
  }
}
