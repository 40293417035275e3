package io.hindsight.bench;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The full index: every Markdown file's front matter and last change, in one history walk. */
final class FullIndexer {

  private FullIndexer() {}

  static RunbookIndex index(Path bareDir, String branch) throws IOException {
    try (RunbookGit git = RunbookGit.open(bareDir)) {
      String head = git.resolve().branch(branch).call().orElseThrow();
      Map<RunbookPath, LastChange> lastChanges = git.lastChanges().at(head).call();
      Map<RunbookPath, RunbookIndex.Entry> entries = new HashMap<>();
      int unreadable = 0;
      for (RunbookFile file : git.listFiles().at(head).call()) {
        byte[] bytes = git.readFile().path(file.path()).at(head).call().orElseThrow();
        String source = new String(bytes, StandardCharsets.UTF_8);
        Optional<FrontMatter> frontMatter = RunbookIndex.frontMatterOf(source);
        unreadable += frontMatter.isEmpty() ? 1 : 0;
        entries.put(
            file.path(),
            new RunbookIndex.Entry(
                frontMatter.orElse(FrontMatter.empty()), lastChanges.get(file.path())));
      }
      return new RunbookIndex(head, entries, unreadable);
    }
  }
}
