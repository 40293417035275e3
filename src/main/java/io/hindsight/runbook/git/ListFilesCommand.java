package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The regular Markdown files at a commit, by path, each with its blob and size; files whose names
 * are not valid runbook paths are left out.
 */
public final class ListFilesCommand extends GitCommand<List<RunbookFile>> {

  private String commit;
  private RunbookFolder folder = RunbookFolder.ROOT;

  ListFilesCommand(Repository repository) {
    super(repository);
  }

  public ListFilesCommand at(String commitId) {
    this.commit = commitId;
    return this;
  }

  /** Only the files in this folder or below it. */
  public ListFilesCommand under(RunbookFolder folder) {
    this.folder = folder;
    return this;
  }

  @Override
  List<RunbookFile> run() throws IOException {
    List<RunbookFile> files = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk revWalk = new RevWalk(reader);
        TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(parseCommit(revWalk, commit).getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        if (!isRegularFile(walk.getFileMode(0))) {
          continue;
        }
        Optional<RunbookPath> path = RunbookPath.parse(walk.getPathString());
        if (path.isPresent() && folder.contains(path.get().value())) {
          ObjectId blob = walk.getObjectId(0);
          long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
          files.add(new RunbookFile(path.get(), blob.name(), size));
        }
      }
    }
    files.sort(Comparator.comparing(RunbookFile::path));
    return List.copyOf(files);
  }
}
