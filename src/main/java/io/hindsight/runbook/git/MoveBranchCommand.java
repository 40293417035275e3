package io.hindsight.runbook.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Moves a branch from the commit it is expected at to a new one, compare-and-set: when another
 * writer moved it meanwhile nothing changes and {@code call()} answers false. Expecting no commit
 * creates the branch; HEAD is left alone.
 */
public final class MoveBranchCommand extends GitCommand<Boolean> {

  private String branch;
  private Optional<String> expected = Optional.empty();
  private String target;

  MoveBranchCommand(Repository repository) {
    super(repository);
  }

  public MoveBranchCommand branch(String name) {
    if (!RunbookGit.isValidBranchName(name)) {
      throw new IllegalArgumentException("Not a valid branch name: '" + name + "'.");
    }
    this.branch = name;
    return this;
  }

  /** The commit the branch must be at now; none when it must not exist yet. */
  public MoveBranchCommand from(Optional<String> commitId) {
    this.expected = commitId;
    return this;
  }

  public MoveBranchCommand to(String commitId) {
    this.target = commitId;
    return this;
  }

  /**
   * @return whether the branch moved; false when it was not where it was expected
   */
  @Override
  Boolean run() throws IOException {
    if (branch == null || target == null) {
      throw new IllegalStateException("Say which branch moves to which commit.");
    }
    RefUpdate update = repository.updateRef(Constants.R_HEADS + branch);
    update.setExpectedOldObjectId(expected.map(ObjectId::fromString).orElse(ObjectId.zeroId()));
    update.setNewObjectId(ObjectId.fromString(target));
    update.setForceUpdate(true);
    update.disableRefLog();
    RefUpdate.Result result = update.update();
    return switch (result) {
      case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> true;
      case LOCK_FAILURE, REJECTED -> false;
      default -> throw new GitAccessException("Could not move " + branch + ": " + result);
    };
  }
}
