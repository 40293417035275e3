package io.hindsight.runbook.git;

import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Makes a branch the repository's HEAD and creates it at a commit, unless it exists already. */
public final class CreateBranchCommand extends GitCommand<Boolean> {

  private String name;
  private String commit;
  private String reflogMessage = "branch created";

  CreateBranchCommand(Repository repository) {
    super(repository);
  }

  public CreateBranchCommand name(String branch) {
    if (!RunbookGit.isValidBranchName(branch)) {
      throw new IllegalArgumentException("Not a valid branch name: '" + branch + "'.");
    }
    this.name = branch;
    return this;
  }

  public CreateBranchCommand at(String commitId) {
    this.commit = commitId;
    return this;
  }

  /** Why the branch was created, for the reflog where the repository keeps one. */
  public CreateBranchCommand reflogMessage(String message) {
    this.reflogMessage = message;
    return this;
  }

  /**
   * @return whether this call created the branch; false when it exists already
   */
  @Override
  Boolean run() throws IOException {
    String refName = Constants.R_HEADS + name;
    RefUpdate head = repository.updateRef(Constants.HEAD);
    head.disableRefLog();
    RefUpdate.Result linked = head.link(refName);
    if (linked != RefUpdate.Result.NEW
        && linked != RefUpdate.Result.FORCED
        && linked != RefUpdate.Result.NO_CHANGE) {
      throw new GitAccessException("Could not point HEAD at " + name + ": " + linked);
    }
    RefUpdate branch = repository.updateRef(refName);
    branch.setExpectedOldObjectId(ObjectId.zeroId());
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit tip = parseCommit(walk, commit);
      branch.setNewObjectId(tip);
      branch.setRefLogIdent(tip.getCommitterIdent());
    }
    branch.setRefLogMessage(reflogMessage, false);
    RefUpdate.Result result = branch.update();
    return switch (result) {
      case NEW -> true;
      case LOCK_FAILURE, REJECTED -> false;
      default -> throw new GitAccessException("Could not create branch " + name + ": " + result);
    };
  }
}
