package io.hindsight.bench;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.runbook.git.GitRunbookReader;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The full index: every Markdown file's front matter and last change, in one history walk. */
final class FullIndexer {

  private FullIndexer() {}

  static RunbookIndex index(Path bareDir, String branch) throws IOException {
    try (GitRunbookReader reader = GitRunbookReader.open(bareDir, branch)) {
      Map<RunbookPath, LastChange> lastChanges = reader.lastChanges();
      Map<RunbookPath, RunbookIndex.Entry> entries = new HashMap<>();
      int unreadable = 0;
      for (RunbookFile file : reader.list()) {
        String source = reader.read(file.path()).orElseThrow();
        Optional<FrontMatter> frontMatter = RunbookIndex.frontMatterOf(source);
        unreadable += frontMatter.isEmpty() ? 1 : 0;
        entries.put(
            file.path(),
            new RunbookIndex.Entry(
                frontMatter.orElse(FrontMatter.empty()), lastChanges.get(file.path())));
      }
      return new RunbookIndex(reader.headCommitId().orElseThrow(), entries, unreadable);
    }
  }
}
