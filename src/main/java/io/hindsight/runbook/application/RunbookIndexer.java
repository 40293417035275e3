package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.FileChange;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what a repository's index needs after a fetch: every Markdown file under the runbook
 * folder when there is no previous commit, else only the files the diff between the previously
 * indexed commit and the new one adds, changes, renames or deletes.
 */
public final class RunbookIndexer {

  private RunbookIndexer() {}

  /**
   * @param head the commit to index
   * @throws NoRunbooksException if the folder holds no Markdown file at {@code head}
   */
  public static IndexUpdate update(
      RunbookGit git, String head, RunbookFolder folder, Optional<String> previousCommit)
      throws IOException {
    Map<RunbookPath, RunbookFile> all = new HashMap<>();
    for (RunbookFile file : git.listFiles().at(head).under(folder).call()) {
      all.put(file.path(), file);
    }
    if (all.isEmpty()) {
      throw new NoRunbooksException(
          "No Markdown files under "
              + (folder.value().isEmpty() ? "the repository root" : "'" + folder.value() + "'")
              + " at commit "
              + head
              + ".");
    }
    Optional<String> previous =
        previousCommit.isEmpty()
            ? Optional.empty()
            : git.resolve().commit(previousCommit.get()).call();
    if (previous.isEmpty()) {
      return new IndexUpdate(head, previousCommit, true, read(git, head, all), Set.of());
    }
    Map<RunbookPath, RunbookFile> changed = new HashMap<>();
    Set<RunbookPath> removed = new HashSet<>();
    for (FileChange change :
        git.changedFiles().from(previous.get()).to(head).under(folder).call()) {
      if (change.kind() == FileChange.Kind.DELETE || change.kind() == FileChange.Kind.RENAME) {
        RunbookPath.parse(change.oldPath()).ifPresent(removed::add);
      }
      if (change.kind() != FileChange.Kind.DELETE) {
        RunbookPath.parse(change.newPath())
            .filter(all::containsKey)
            .ifPresent(path -> changed.put(path, all.get(path)));
      }
    }
    removed.removeAll(changed.keySet());
    removed.removeIf(all::containsKey);
    return new IndexUpdate(head, previousCommit, false, read(git, head, changed), removed);
  }

  private static List<RunbookIndexEntry> read(
      RunbookGit git, String head, Map<RunbookPath, RunbookFile> files) throws IOException {
    Map<RunbookPath, LastChange> changes = git.lastChanges().at(head).paths(files.keySet()).call();
    List<RunbookIndexEntry> entries = new ArrayList<>();
    for (RunbookFile file : files.values()) {
      entries.add(RunbookFileReader.read(git, file, Optional.ofNullable(changes.get(file.path()))));
    }
    return entries;
  }
}
