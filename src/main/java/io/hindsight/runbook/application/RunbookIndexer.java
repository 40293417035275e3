package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.GitRunbookReader;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Works out what a repository's index needs after a fetch: every Markdown file under the runbook
 * folder when there is no previous commit, else only the files the diff between the previously
 * indexed commit and the new one adds, changes, renames or deletes.
 */
public final class RunbookIndexer {

  private RunbookIndexer() {}

  /**
   * @throws NoRunbooksException if the folder holds no Markdown file at the reader's head
   */
  public static IndexUpdate update(
      GitRunbookReader reader, RunbookFolder folder, Optional<String> previousCommit)
      throws IOException {
    String head =
        reader
            .headCommitId()
            .orElseThrow(() -> new NoRunbooksException("The branch has no commits."));
    Map<RunbookPath, ObjectId> all = markdownFiles(reader, folder);
    if (all.isEmpty()) {
      throw new NoRunbooksException(
          "No Markdown files under "
              + (folder.value().isEmpty() ? "the repository root" : "'" + folder.value() + "'")
              + " at commit "
              + head
              + ".");
    }
    Optional<RevCommit> previous = previousCommit.flatMap(id -> commit(reader, id));
    if (previous.isEmpty()) {
      return new IndexUpdate(head, previousCommit, true, read(reader, all), Set.of());
    }
    Map<RunbookPath, ObjectId> changed = new HashMap<>();
    Set<RunbookPath> removed = new HashSet<>();
    for (DiffEntry entry : diff(reader, folder, previous.get(), head)) {
      if (entry.getChangeType() == DiffEntry.ChangeType.DELETE
          || entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
        RunbookPath.parse(entry.getOldPath()).ifPresent(removed::add);
      }
      if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
        RunbookPath.parse(entry.getNewPath())
            .filter(all::containsKey)
            .ifPresent(path -> changed.put(path, all.get(path)));
      }
    }
    removed.removeAll(changed.keySet());
    removed.removeIf(all::containsKey);
    return new IndexUpdate(head, previousCommit, false, read(reader, changed), removed);
  }

  private static List<DiffEntry> diff(
      GitRunbookReader reader, RunbookFolder folder, RevCommit previous, String head)
      throws IOException {
    try (DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE);
        RevWalk walk = new RevWalk(reader.objectReader())) {
      formatter.setReader(reader.objectReader(), reader.repository().getConfig());
      formatter.setDetectRenames(true);
      formatter.setPathFilter(
          folder.value().isEmpty() ? TreeFilter.ALL : PathFilter.create(folder.value()));
      return formatter.scan(
          walk.parseCommit(previous).getTree(),
          walk.parseCommit(ObjectId.fromString(head)).getTree());
    }
  }

  private static Map<RunbookPath, ObjectId> markdownFiles(
      GitRunbookReader reader, RunbookFolder folder) throws IOException {
    Map<RunbookPath, ObjectId> files = new HashMap<>();
    for (RunbookFile file : reader.list()) {
      if (folder.contains(file.path().value())) {
        files.put(file.path(), ObjectId.fromString(file.blobId()));
      }
    }
    return files;
  }

  private static List<RunbookIndexEntry> read(
      GitRunbookReader reader, Map<RunbookPath, ObjectId> files) throws IOException {
    Map<RunbookPath, LastChange> changes = reader.lastChanges(files.keySet());
    List<RunbookIndexEntry> entries = new ArrayList<>();
    for (Map.Entry<RunbookPath, ObjectId> file : files.entrySet()) {
      entries.add(
          RunbookFileReader.read(
              reader.objectReader(),
              file.getKey(),
              file.getValue(),
              Optional.ofNullable(changes.get(file.getKey()))));
    }
    return entries;
  }

  private static Optional<RevCommit> commit(GitRunbookReader reader, String id) {
    try (RevWalk walk = new RevWalk(reader.objectReader())) {
      return Optional.of(walk.parseCommit(ObjectId.fromString(id)));
    } catch (IOException | IllegalArgumentException gone) {
      return Optional.empty();
    }
  }
}
