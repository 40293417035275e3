package io.hindsight.runbook.git;

import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Points the branch users read at a commit that was just indexed, wherever it pointed before, and
 * makes that branch the repository's HEAD.
 */
public final class PublishCommand extends GitCommand<String> {

  private String branch;
  private String commit;

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

  /**
   * @return the commit the branch points at now
   */
  @Override
  String run() throws IOException {
    String refName = Constants.R_HEADS + branch;
    RefUpdate update = repository.updateRef(refName);
    update.setNewObjectId(ObjectId.fromString(commit));
    update.setForceUpdate(true);
    update.disableRefLog();
    RefUpdate.Result result = update.update();
    switch (result) {
      case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {}
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
