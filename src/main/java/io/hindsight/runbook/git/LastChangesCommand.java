package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The newest commit that touched each path, as {@code git log -1 -- path} reports it, found in one
 * walk of the history from a commit. For a path deleted before that commit, it is the deleting
 * commit; a path never touched has no entry.
 */
public final class LastChangesCommand extends GitCommand<Map<RunbookPath, LastChange>> {

  private String commit;
  private Collection<RunbookPath> paths;

  LastChangesCommand(Repository repository) {
    super(repository);
  }

  public LastChangesCommand at(String commitId) {
    this.commit = commitId;
    return this;
  }

  /** These paths; without, every Markdown file at the commit. */
  public LastChangesCommand paths(Collection<RunbookPath> paths) {
    this.paths = List.copyOf(paths);
    return this;
  }

  public LastChangesCommand path(RunbookPath path) {
    return paths(List.of(path));
  }

  @Override
  Map<RunbookPath, LastChange> run() throws IOException {
    HistoryWalks.counted();
    Set<String> wanted = new HashSet<>();
    if (paths == null) {
      new ListFilesCommand(repository).at(commit).run().forEach(f -> wanted.add(f.path().value()));
    } else {
      paths.forEach(path -> wanted.add(path.value()));
    }
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      return LastChangeWalk.of(repository, reader, parseCommit(walk, commit), wanted);
    }
  }
}
