package io.hindsight.runbook.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The unified diff one commit made to one file, against its first parent (or against nothing, for a
 * root commit, or against a commit given), with renames detected.
 */
public final class DiffCommand extends GitCommand<String> {

  private String commit;
  private String against;
  private String path;

  DiffCommand(Repository repository) {
    super(repository);
  }

  public DiffCommand commit(String commitId) {
    this.commit = commitId;
    return this;
  }

  /** The commit to compare with instead of the first parent: a change request's base. */
  public DiffCommand against(String commitId) {
    this.against = commitId;
    return this;
  }

  /** The file's path in that commit; for a commit that deleted it, its path before. */
  public DiffCommand path(String path) {
    this.path = path;
    return this;
  }

  @Override
  String run() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out);
        RevWalk walk = new RevWalk(repository)) {
      formatter.setRepository(repository);
      formatter.setDetectRenames(true);
      RevCommit changed = parseCommit(walk, commit);
      ObjectId parent =
          against != null
              ? parseCommit(walk, against).getTree()
              : changed.getParentCount() == 0
                  ? null
                  : walk.parseCommit(changed.getParent(0)).getTree();
      for (DiffEntry diff : formatter.scan(parent, changed.getTree())) {
        if (diff.getNewPath().equals(path)
            || (diff.getChangeType() == DiffEntry.ChangeType.DELETE
                && diff.getOldPath().equals(path))) {
          formatter.format(diff);
        }
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
