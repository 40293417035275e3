package io.hindsight.runbook.application;

import io.hindsight.platform.markdown.MarkdownBytes;
import io.hindsight.runbook.domain.IndexPages;
import io.hindsight.runbook.domain.IndexTable;
import io.hindsight.runbook.domain.IndexTables;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.FileChange;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RangeHistory;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what a repository's index needs after a fetch: every Markdown file under the runbook
 * folder when there is no previous commit, else only the files the diff between the previously
 * indexed commit and the new one adds, changes, renames or deletes. Each file's metadata takes the
 * fallbacks of the index tables ({@code README.md} and the like) at the new commit, so a change to
 * an index page re-reads every file.
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
    return update(git, head, folder, previousCommit, Optional.empty(), SyncProgress.Listener.NONE);
  }

  /**
   * Also walks the runbooks' histories: all of it without {@code historySince} (or when that commit
   * is gone), else the commits since it.
   *
   * @param progress told of each file read
   */
  public static IndexUpdate update(
      RunbookGit git,
      String head,
      RunbookFolder folder,
      Optional<String> previousCommit,
      Optional<String> historySince,
      SyncProgress.Listener progress)
      throws IOException {
    IndexUpdate index = index(git, head, folder, previousCommit, progress);
    Optional<String> since =
        historySince.isEmpty() ? Optional.empty() : git.resolve().commit(historySince.get()).call();
    progress.at(SyncPhase.HISTORY, 0, 0);
    Map<RunbookPath, RangeHistory> histories =
        git.histories()
            .at(head)
            .since(since)
            .paths(
                git.listFiles().at(head).under(folder).call().stream()
                    .map(RunbookFile::path)
                    .toList())
            .call();
    return new IndexUpdate(
        index.commit(),
        index.previousCommit(),
        index.fullRebuild(),
        index.entries(),
        index.removed(),
        since.isEmpty(),
        histories);
  }

  private static IndexUpdate index(
      RunbookGit git,
      String head,
      RunbookFolder folder,
      Optional<String> previousCommit,
      SyncProgress.Listener progress)
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
    IndexTables tables = tables(git, all.values());
    if (previous.isEmpty()) {
      return new IndexUpdate(
          head, previousCommit, true, read(git, head, all, tables, progress), Set.of());
    }
    Map<RunbookPath, RunbookFile> changed = new HashMap<>();
    Set<RunbookPath> removed = new HashSet<>();
    boolean indexChanged = false;
    for (FileChange change :
        git.changedFiles().from(previous.get()).to(head).under(folder).call()) {
      indexChanged |= isIndexPage(change.oldPath()) || isIndexPage(change.newPath());
      if (change.kind() == FileChange.Kind.DELETE || change.kind() == FileChange.Kind.RENAME) {
        RunbookPath.parse(change.oldPath()).ifPresent(removed::add);
      }
      if (change.kind() != FileChange.Kind.DELETE) {
        RunbookPath.parse(change.newPath())
            .filter(all::containsKey)
            .ifPresent(path -> changed.put(path, all.get(path)));
      }
    }
    if (indexChanged) {
      changed.putAll(all);
    }
    removed.removeAll(changed.keySet());
    removed.removeIf(all::containsKey);
    return new IndexUpdate(
        head, previousCommit, false, read(git, head, changed, tables, progress), removed);
  }

  private static boolean isIndexPage(String path) {
    return path != null && RunbookPath.parse(path).filter(IndexPages::isIndexPage).isPresent();
  }

  /** The runbook tables of the index pages among {@code files}; an unreadable page has none. */
  private static IndexTables tables(RunbookGit git, Collection<RunbookFile> files)
      throws IOException {
    List<IndexTable> tables = new ArrayList<>();
    for (RunbookFile file : files) {
      if (IndexPages.isIndexPage(file.path())) {
        Optional<String> text =
            git.readFile().blob(file.blobId()).call().flatMap(MarkdownBytes::decode);
        if (text.isPresent()) {
          IndexTable.parse(file.path(), text.get()).ifPresent(tables::add);
        }
      }
    }
    return IndexTables.of(tables);
  }

  private static List<RunbookIndexEntry> read(
      RunbookGit git,
      String head,
      Map<RunbookPath, RunbookFile> files,
      IndexTables tables,
      SyncProgress.Listener progress)
      throws IOException {
    progress.at(SyncPhase.INDEXING, 0, files.size());
    Map<RunbookPath, LastChange> changes = git.lastChanges().at(head).paths(files.keySet()).call();
    List<RunbookIndexEntry> entries = new ArrayList<>();
    for (RunbookFile file : files.values()) {
      progress.at(SyncPhase.INDEXING, entries.size(), files.size());
      entries.add(
          RunbookFileReader.read(
              git,
              file,
              Optional.ofNullable(changes.get(file.path())),
              tables.rowFor(file.path())));
    }
    return entries;
  }
}
