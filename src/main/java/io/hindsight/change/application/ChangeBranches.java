package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.platform.refusal.Unavailable;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.GitAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A change request's branch on the remote and in this node's clone, so that any node of a cluster
 * serves any change: each write pushes the branch (the remote is the truth, clones are caches), and
 * a node that lacks a change's commits fetches its branch before it reads or writes. A push that
 * fails leaves the save in place and the change's remote head behind; {@link BranchCatchUp} pushes
 * it again from the node that holds its commits.
 */
@ApplicationScoped
public class ChangeBranches {

  private static final Logger LOG = Logger.getLogger(ChangeBranches.class.getName());
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  @Inject ChangeGit git;
  @Inject ChangeRemote remote;
  @Inject RunbookRepositories repositories;
  @Inject ChangeRequests changes;

  /**
   * Pushes the change's branch to its head, in the caller's transaction, which records where the
   * remote has it. A repository without a remote has nothing to push to.
   */
  public void publish(
      RunbookRepository repository, RepositoryLocation location, ChangeRequest change) {
    if (repository.remote().isEmpty() || !change.commits().remoteBehind()) {
      return;
    }
    try {
      remote.pushForward(repository, location, change.branch().value(), change.headCommit());
      change.commits().pushedTo(change.headCommit());
    } catch (GitAccessException e) {
      LOG.log(
          Level.WARNING,
          "The change branch "
              + change.branch()
              + " was not pushed to the remote of "
              + repository.key()
              + "; tried again shortly: "
              + e.getMessage());
    }
  }

  /**
   * Pushes one change's branch whose remote head is behind, when this node holds its head (the node
   * that saved it); in a transaction of its own. True when it was pushed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean catchUp(long id) {
    Optional<ChangeRequest> change =
        changes.find(id).filter(c -> !c.state().isFinished() && c.commits().remoteBehind());
    if (change.isEmpty()) {
      return false;
    }
    RepositoryKey key = change.get().runbook().repository();
    Optional<RunbookRepository> repository =
        repositories.registered(key).filter(r -> r.remote().isPresent());
    Optional<RepositoryLocation> location = repositories.find(key);
    String head = change.get().headCommit();
    if (repository.isEmpty() || location.isEmpty() || !git.holds(location.get(), List.of(head))) {
      return false;
    }
    try {
      remote.pushForward(repository.get(), location.get(), change.get().branch().value(), head);
    } catch (GitAccessException e) {
      LOG.log(Level.FINE, "Change request " + id + "'s branch not pushed; tried again shortly", e);
      return false;
    }
    changes.pushedTo(id, head);
    return true;
  }

  /**
   * Makes this node's clone hold the change's commits and, for a change still open, its branch at
   * its head: fetched from the remote when another node wrote them.
   *
   * @throws Unavailable when the remote does not have them yet (the node that wrote them has not
   *     pushed them) or cannot be reached
   */
  public void ready(RepositoryLocation location, ChangeRequest change) {
    if (!git.holds(location, needed(change))) {
      fetch(location, change);
      if (!git.holds(location, needed(change))) {
        throw new Unavailable(
            "Change request "
                + change.id()
                + " was last saved on another Hindsight node, and its commits have not reached"
                + " the remote yet; try again in a few seconds.",
            RETRY_AFTER);
      }
    }
    if (!change.state().isFinished()) {
      git.pointBranch(location, change.branch(), change.headCommit());
    }
  }

  /** The change's head, and its merge commit once merged. */
  private static List<String> needed(ChangeRequest change) {
    List<String> commits = new ArrayList<>(List.of(change.headCommit()));
    change.mergeCommit().ifPresent(commits::add);
    return commits;
  }

  /** Its branch, and once merged its base branch, which holds the merge commit. */
  private void fetch(RepositoryLocation location, ChangeRequest change) {
    Optional<RunbookRepository> repository =
        repositories.registered(location.key()).filter(r -> r.remote().isPresent());
    if (repository.isEmpty()) {
      return;
    }
    List<String> branches = new ArrayList<>(List.of(change.branch().value()));
    change.mergeCommit().ifPresent(merged -> branches.add(change.baseBranch()));
    for (String branch : branches) {
      try {
        remote.fetch(repository.get(), location, branch);
      } catch (GitAccessException e) {
        LOG.log(Level.FINE, "Branch " + branch + " not fetched", e);
      }
    }
  }
}
