package io.hindsight.runbook.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Points the branch users read at a commit that was just indexed and makes that branch the
 * repository's HEAD: wherever the branch pointed before, or, {@link #expecting} where it was read,
 * only if nothing moved it since (a merge made meanwhile is never taken back).
 */
public final class PublishCommand extends GitCommand<String> {

  private String branch;
  private String commit;
  private boolean compareAndSet;
  private Optional<String> seen = Optional.empty();

  PublishCommand(Repository repository) {
    super(repository);
  }

  public PublishCommand branch(String branch) {
    this.branch = branch;
    return this;
  }

  public PublishCommand commit(String commitId) {
    this.commit = commitId;
    return this;
  }

  /** Moves the branch only if it is still at {@code seen} (empty: only if it does not exist). */
  public PublishCommand expecting(Optional<String> seen) {
    this.compareAndSet = true;
    this.seen = seen;
    return this;
  }

  /**
   * @return the commit the branch points at now: another than asked for when it moved meanwhile
   */
  @Override
  String run() throws IOException {
    String refName = Constants.R_HEADS + branch;
    RefUpdate update = repository.updateRef(refName);
    update.setNewObjectId(ObjectId.fromString(commit));
    update.setForceUpdate(true);
    update.disableRefLog();
    if (compareAndSet) {
      update.setExpectedOldObjectId(seen.map(ObjectId::fromString).orElse(ObjectId.zeroId()));
    }
    RefUpdate.Result result = update.update();
    switch (result) {
      case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {}
      case LOCK_FAILURE -> {
        Ref moved = repository.exactRef(refName);
        if (compareAndSet && moved != null) {
          return moved.getObjectId().name();
        }
        throw new GitAccessException("Could not move " + branch + " to " + commit + ": " + result);
      }
      default ->
          throw new GitAccessException(
              "Could not move " + branch + " to " + commit + ": " + result);
    }
    if (repository.exactRef(Constants.HEAD) == null
        || !repository.getFullBranch().equals(refName)) {
      RefUpdate head = repository.updateRef(Constants.HEAD);
      head.disableRefLog();
      head.link(refName);
    }
    return commit;
  }
}
