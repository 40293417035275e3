package io.hindsight.change.application;

import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.InvalidSshKeyException;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.SshKeys;
import io.hindsight.runbook.application.SyncMetrics;
import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.FetchCommand;
import io.hindsight.runbook.git.GitAccessException;
import io.hindsight.runbook.git.PushCommand;
import io.hindsight.runbook.git.PushRejectedException;
import io.hindsight.runbook.git.RunbookGit;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pushes a change's branch to the repository's remote for a pull request, synchronously, with the
 * repository's stored credential (token or SSH key) and a lease, never forced; and lends that
 * credential to the push queue ({@link ChangePusher}), which pushes merges.
 */
@ApplicationScoped
public class ChangeRemote {

  @Inject RepositoryAdmin admin;
  @Inject SyncMetrics metrics;
  @Inject Tracer tracer;

  /**
   * Pushes only the change's own branch, for a pull request on the forge: replaced on the remote
   * only while it is still at {@code remoteWas} there (absent: only when the remote has none).
   *
   * @throws StateConflict when the remote refused the push or cannot be reached
   */
  public void pushBranch(
      RunbookRepository repository,
      RepositoryLocation location,
      String changeBranch,
      Optional<String> remoteWas) {
    SyncMetrics.Stopwatch timing = metrics.start(SyncMetrics.Work.PUSH, repository.key());
    boolean pushed = false;
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      PushCommand push =
          git.push().to(repository.remote().orElseThrow()).ownBranch(changeBranch, remoteWas);
      credential(repository, push);
      push.call();
      pushed = true;
    } catch (PushRejectedException e) {
      throw new StateConflict(e.getMessage() + " The branch was changed on the remote.");
    } catch (GitAccessException e) {
      throw new StateConflict(e.getMessage());
    } finally {
      timing.stop(pushed);
    }
  }

  /**
   * Pushes a change's branch to the remote as a fast-forward to {@code commit} (a change's saves
   * only ever add to its branch); nothing when the remote has it there already.
   *
   * @throws GitAccessException when the remote cannot be reached or refused the push
   */
  public void pushForward(
      RunbookRepository repository, RepositoryLocation location, String branch, String commit)
      throws GitAccessException {
    SyncMetrics.Stopwatch timing = metrics.start(SyncMetrics.Work.PUSH, repository.key());
    boolean pushed = false;
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      PushCommand push = git.push().to(repository.remote().orElseThrow()).commit(commit, branch);
      credential(repository, push);
      push.call();
      pushed = true;
    } finally {
      timing.stop(pushed);
    }
  }

  /**
   * Fetches a change's branch from the remote into this node's clone (under a ref of Hindsight's
   * own, {@code refs/hindsight/changes/<branch>}).
   *
   * @return the commit the remote's branch is at
   * @throws GitAccessException when the remote cannot be reached or has no such branch
   */
  public String fetch(RunbookRepository repository, RepositoryLocation location, String branch)
      throws GitAccessException {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      FetchCommand fetch =
          git.fetch()
              .from(repository.remote().orElseThrow())
              .branch(branch)
              .into("refs/hindsight/changes/" + branch);
      credential(repository, fetch::token, fetch::sshKeys);
      return fetch.call();
    }
  }

  private void credential(RunbookRepository repository, PushCommand push) {
    credential(repository, push::token, push::sshKeys);
  }

  /**
   * Gives a Git command the repository's stored credential: its token, or its SSH keys.
   *
   * @throws StateConflict when the stored SSH key cannot be used
   */
  void credential(
      RunbookRepository repository, Consumer<String> token, Consumer<List<KeyPair>> sshKeys) {
    Optional<String> secret = admin.credentialSecret(repository);
    if (secret.isEmpty()) {
      return;
    }
    if (repository.credentialKind() == CredentialKind.TOKEN) {
      token.accept(secret.get());
    } else if (repository.credentialKind() == CredentialKind.SSH_KEY) {
      try {
        sshKeys.accept(SshKeys.parse(secret.get()));
      } catch (InvalidSshKeyException e) {
        throw new StateConflict("The stored SSH key cannot be used: " + e.getMessage());
      }
    }
  }
}
