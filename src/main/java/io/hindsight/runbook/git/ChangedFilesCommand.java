package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookFolder;
import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/** The files one commit's tree adds, changes, renames or deletes against another's. */
public final class ChangedFilesCommand extends GitCommand<List<FileChange>> {

  private String from;
  private String to;
  private RunbookFolder folder = RunbookFolder.ROOT;

  ChangedFilesCommand(Repository repository) {
    super(repository);
  }

  public ChangedFilesCommand from(String commitId) {
    this.from = commitId;
    return this;
  }

  public ChangedFilesCommand to(String commitId) {
    this.to = commitId;
    return this;
  }

  /** Only changes in this folder or below it. */
  public ChangedFilesCommand under(RunbookFolder folder) {
    this.folder = folder;
    return this;
  }

  @Override
  List<FileChange> run() throws IOException {
    try (ObjectReader reader = repository.newObjectReader();
        DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE);
        RevWalk walk = new RevWalk(reader)) {
      formatter.setReader(reader, repository.getConfig());
      formatter.setDetectRenames(true);
      formatter.setPathFilter(
          folder.value().isEmpty() ? TreeFilter.ALL : PathFilter.create(folder.value()));
      return formatter
          .scan(parseCommit(walk, from).getTree(), parseCommit(walk, to).getTree())
          .stream()
          .map(ChangedFilesCommand::change)
          .toList();
    }
  }

  private static FileChange change(DiffEntry entry) {
    return new FileChange(
        FileChange.Kind.valueOf(entry.getChangeType().name()),
        entry.getOldPath(),
        entry.getNewPath());
  }
}
