package io.hindsight.bench;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.platform.markdown.InvalidFrontMatterException;
import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.LastChange;
import java.util.Map;
import java.util.Optional;

/**
 * What a catalog keeps of each runbook of one commit: its front matter and its last change.
 *
 * @param unreadable how many files had front matter that is not valid YAML (indexed as empty)
 */
record RunbookIndex(String commitId, Map<RunbookPath, Entry> entries, int unreadable) {

  record Entry(FrontMatter frontMatter, LastChange lastChange) {}

  /** The front matter of a source, or empty when it is not valid YAML. */
  static Optional<FrontMatter> frontMatterOf(String source) {
    try {
      return Optional.of(MarkdownDocument.parse(source).frontMatter());
    } catch (InvalidFrontMatterException e) {
      return Optional.empty();
    }
  }
}
