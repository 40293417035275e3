package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The commits that touched one file up to a commit, newest first, following renames as {@code git
 * log --follow} does: each with the file's path in that commit and, for a rename, its earlier path.
 */
public final class HistoryCommand extends GitCommand<List<HistoryEntry>> {

  private String commit;
  private RunbookPath path;

  HistoryCommand(Repository repository) {
    super(repository);
  }

  public HistoryCommand at(String commitId) {
    this.commit = commitId;
    return this;
  }

  public HistoryCommand path(RunbookPath path) {
    this.path = path;
    return this;
  }

  @Override
  List<HistoryEntry> run() throws IOException {
    HistoryWalks.counted();
    List<HistoryEntry> entries = new ArrayList<>();
    DiffEntry[] renamed = new DiffEntry[1];
    String current = path.value();
    FollowFilter follow =
        FollowFilter.create(path.value(), repository.getConfig().get(DiffConfig.KEY));
    follow.setRenameCallback(
        new RenameCallback() {
          @Override
          public void renamed(DiffEntry entry) {
            renamed[0] = entry;
          }
        });
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setTreeFilter(follow);
      walk.markStart(parseCommit(walk, commit));
      for (RevCommit next = walk.next(); next != null; next = walk.next()) {
        Optional<String> from = Optional.empty();
        if (renamed[0] != null) {
          current = renamed[0].getNewPath();
          from = Optional.of(renamed[0].getOldPath());
        }
        entries.add(
            new HistoryEntry(
                next.name(),
                next.getAuthorIdent().getName(),
                next.getAuthorIdent().getWhenAsInstant(),
                next.getFullMessage().strip(),
                current,
                from));
        if (renamed[0] != null) {
          current = renamed[0].getOldPath();
          renamed[0] = null;
        }
      }
    }
    return entries;
  }
}
