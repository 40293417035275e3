package io.hindsight.runbook.application;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.platform.markdown.InvalidFrontMatterException;
import io.hindsight.platform.markdown.MarkdownBytes;
import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookTitle;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads one Markdown blob into an index entry. Files too large, binary, not UTF-8 or with invalid
 * front matter are still indexed, with the problem stated and the file name as title.
 */
final class RunbookFileReader {

  private RunbookFileReader() {}

  static RunbookIndexEntry read(RunbookGit git, RunbookFile file, Optional<LastChange> change)
      throws IOException {
    Optional<byte[]> read = git.readFile().blob(file.blobId()).call();
    if (read.isEmpty()) {
      return unreadable(file, change, tooLarge(file.size()));
    }
    byte[] bytes = read.get();
    if (MarkdownBytes.isBinary(bytes)) {
      return unreadable(file, change, "The file is binary, not Markdown text.");
    }
    Optional<String> source = MarkdownBytes.decode(bytes);
    if (source.isEmpty()) {
      return unreadable(file, change, "The file is not valid UTF-8 text; save it as UTF-8.");
    }
    RunbookPath path = file.path();
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
    return new RunbookIndexEntry(
        path,
        file.blobId(),
        file.size(),
        RunbookTitle.of(front.text("title"), body, path),
        front.text("owner"),
        front.text("severity"),
        front.texts("services"),
        front.texts("triggers"),
        fields.text("review_interval").or(() -> fields.text("review-interval")),
        fields.text("last_reviewed").or(() -> fields.text("last-reviewed")),
        change.map(LastChange::commitTime),
        change.map(LastChange::authorName),
        change.map(LastChange::commitId),
        problem);
  }

  static String tooLarge(long size) {
    return "The file has "
        + size
        + " bytes, more than the 5 MB a runbook may have; it is not read.";
  }

  private static RunbookIndexEntry unreadable(
      RunbookFile file, Optional<LastChange> change, String problem) {
    return new RunbookIndexEntry(
        file.path(),
        file.blobId(),
        file.size(),
        RunbookTitle.of(Optional.empty(), "", file.path()),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        change.map(LastChange::commitTime),
        change.map(LastChange::authorName),
        change.map(LastChange::commitId),
        Optional.of(problem));
  }
}
