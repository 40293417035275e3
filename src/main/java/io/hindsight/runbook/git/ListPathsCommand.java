package io.hindsight.runbook.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Every regular file at a commit, Markdown or not, by repository-relative path. */
public final class ListPathsCommand extends GitCommand<List<String>> {

  private String commit;

  ListPathsCommand(Repository repository) {
    super(repository);
  }

  public ListPathsCommand at(String commitId) {
    this.commit = commitId;
    return this;
  }

  @Override
  List<String> run() throws IOException {
    List<String> paths = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk revWalk = new RevWalk(reader);
        TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(parseCommit(revWalk, commit).getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        if (isRegularFile(walk.getFileMode(0))) {
          paths.add(walk.getPathString());
        }
      }
    }
    return List.copyOf(paths);
  }
}
