package io.hindsight.runbook.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The commit id a branch or another ref points at, or, given a commit id, whether the repository
 * holds that commit.
 */
public final class ResolveCommand extends GitCommand<Optional<String>> {

  private String refName;
  private String refShownAs;
  private String commitId;

  ResolveCommand(Repository repository) {
    super(repository);
  }

  public ResolveCommand branch(String branch) {
    if (!RunbookGit.isValidBranchName(branch)) {
      throw new IllegalArgumentException("Not a valid branch name: '" + branch + "'.");
    }
    return target(Constants.R_HEADS + branch, branch);
  }

  /** A full ref name, {@code refs/...}. */
  public ResolveCommand ref(String fullName) {
    if (fullName == null || !Repository.isValidRefName(fullName)) {
      throw new IllegalArgumentException("Not a valid ref name: '" + fullName + "'.");
    }
    return target(fullName, Repository.shortenRefName(fullName));
  }

  public ResolveCommand commit(String id) {
    this.commitId = id;
    this.refName = null;
    return this;
  }

  /**
   * @return the commit id; empty for a ref when the repository has no refs at all, and for a commit
   *     the repository does not hold
   * @throws NoSuchBranchException if the repository has refs, but not this one
   */
  @Override
  Optional<String> run() throws IOException {
    if (commitId != null) {
      return held(commitId);
    }
    if (refName == null) {
      throw new IllegalStateException(
          "Say what to resolve: branch(name), ref(name) or commit(id).");
    }
    Ref ref = repository.exactRef(refName);
    if (ref == null || ref.getObjectId() == null) {
      if (repository.getRefDatabase().hasRefs()) {
        throw new NoSuchBranchException(
            "Branch '"
                + refShownAs
                + "' does not exist in the repository at "
                + repository.getDirectory()
                + ".");
      }
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return Optional.of(walk.parseCommit(ref.getObjectId()).name());
    }
  }

  private ResolveCommand target(String name, String shownAs) {
    this.refName = name;
    this.refShownAs = shownAs;
    this.commitId = null;
    return this;
  }

  private Optional<String> held(String id) {
    try (RevWalk walk = new RevWalk(repository)) {
      return Optional.of(walk.parseCommit(ObjectId.fromString(id)).name());
    } catch (IOException | IllegalArgumentException gone) {
      return Optional.empty();
    }
  }
}
