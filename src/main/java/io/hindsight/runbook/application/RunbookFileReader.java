package io.hindsight.runbook.application;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.platform.markdown.InvalidFrontMatterException;
import io.hindsight.platform.markdown.MarkdownBytes;
import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.runbook.domain.IndexRow;
import io.hindsight.runbook.domain.LastGitChange;
import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookMetadataReader;
import io.hindsight.runbook.domain.RunbookSeverity;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads one Markdown blob into an index entry. Files too large, binary, not UTF-8 or with invalid
 * front matter are still indexed, with the problem stated and the file name as title.
 */
final class RunbookFileReader {

  private RunbookFileReader() {}

  /**
   * @param indexRow the row of the nearest index table that links the file, if any
   */
  static RunbookIndexEntry read(
      RunbookGit git, RunbookFile file, Optional<LastChange> change, Optional<IndexRow> indexRow)
      throws IOException {
    Optional<byte[]> read = git.readFile().blob(file.blobId()).call();
    if (read.isEmpty()) {
      return unreadable(file, change, indexRow, tooLarge(file.size()));
    }
    byte[] bytes = read.get();
    if (MarkdownBytes.isBinary(bytes)) {
      return unreadable(file, change, indexRow, "The file is binary, not Markdown text.");
    }
    Optional<String> source = MarkdownBytes.decode(bytes);
    if (source.isEmpty()) {
      return unreadable(
          file, change, indexRow, "The file is not valid UTF-8 text; save it as UTF-8.");
    }
    FrontMatter front = FrontMatter.empty();
    String body = source.get();
    Optional<String> problem = Optional.empty();
    try {
      MarkdownDocument document = MarkdownDocument.parse(source.get());
      front = document.frontMatter();
      body = document.body();
    } catch (InvalidFrontMatterException invalid) {
      problem = Optional.of("Invalid front matter: " + invalid.getMessage());
    }
    FrontMatter fields = front;
    return entry(
        file,
        change,
        RunbookMetadataReader.read(file.path(), front, body, indexRow, lastGitChange(change)),
        fields.text("review_interval").or(() -> fields.text("review-interval")),
        fields.text("last_reviewed").or(() -> fields.text("last-reviewed")),
        problem);
  }

  static String tooLarge(long size) {
    return "The file has "
        + size
        + " bytes, more than the 5 MB a runbook may have; it is not read.";
  }

  private static RunbookIndexEntry unreadable(
      RunbookFile file, Optional<LastChange> change, Optional<IndexRow> indexRow, String problem) {
    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            file.path(), FrontMatter.empty(), "", indexRow, lastGitChange(change));
    return entry(file, change, metadata, Optional.empty(), Optional.empty(), Optional.of(problem));
  }

  private static RunbookIndexEntry entry(
      RunbookFile file,
      Optional<LastChange> change,
      RunbookMetadata metadata,
      Optional<String> reviewInterval,
      Optional<String> lastReviewed,
      Optional<String> problem) {
    return new RunbookIndexEntry(
        file.path(),
        file.blobId(),
        file.size(),
        metadata.title(),
        metadata.owner(),
        metadata.severity().map(RunbookSeverity::text),
        metadata.severity().flatMap(RunbookSeverity::level),
        metadata.purpose(),
        metadata.services(),
        metadata.triggers(),
        reviewInterval,
        lastReviewed,
        change.map(LastChange::commitTime),
        change.map(LastChange::authorName),
        change.map(LastChange::commitId),
        problem,
        metadata.sources());
  }

  private static Optional<LastGitChange> lastGitChange(Optional<LastChange> change) {
    return change.map(c -> new LastGitChange(c.commitTime(), c.authorName()));
  }
}
