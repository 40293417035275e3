package io.hindsight.runbook.git;

import java.io.IOException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * One operation on a bare repository, set up by its setters and run by {@link #call()}, as JGit's
 * porcelain commands are. A new operation is a new subclass and a method on {@link RunbookGit} that
 * creates it.
 *
 * @param <T> what the operation returns
 */
public abstract class GitCommand<T> {

  final Repository repository;

  GitCommand(Repository repository) {
    this.repository = repository;
  }

  /** Runs the command; JGit's failures arrive as a {@link GitAccessException}. */
  public final T call() throws GitAccessException {
    try {
      return run();
    } catch (GitAccessException e) {
      throw e;
    } catch (IOException | LargeObjectException | RevWalkException | JGitInternalException e) {
      throw new GitAccessException(
          "Git failed on the repository at " + repository.getDirectory() + ": " + e.getMessage(),
          e);
    }
  }

  abstract T run() throws IOException;

  static RevCommit parseCommit(RevWalk walk, String commitId) throws IOException {
    if (commitId == null) {
      throw new IllegalStateException("Say at which commit to read: at(commitId).");
    }
    return walk.parseCommit(ObjectId.fromString(commitId));
  }

  static boolean isRegularFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }
}
