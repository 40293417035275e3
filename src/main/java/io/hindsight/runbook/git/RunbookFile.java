package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookPath;
import java.util.Objects;

/** A Markdown file at a branch head: its path, the id of its blob and its size in bytes. */
public record RunbookFile(RunbookPath path, String blobId, long size) {

  public RunbookFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(blobId, "blobId");
  }
}
