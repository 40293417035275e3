package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SyncFailure;
import io.hindsight.runbook.git.FetchCommand;
import io.hindsight.runbook.git.FetchFailedException;
import io.hindsight.runbook.git.GitAccessException;
import io.hindsight.runbook.git.RunbookGit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches a repository's branch from its remote into a clone, with the repository's stored token or
 * SSH key, within the remote policy's limits, timed; a failure is a {@link SyncFailedException}
 * that says why in the user's words.
 */
@ApplicationScoped
public class RemoteFetch {

  private static final Logger LOG = Logger.getLogger(RemoteFetch.class.getName());

  @Inject RepositoryAdmin admin;
  @Inject RemoteAccess remotes;
  @Inject SyncMetrics metrics;

  /** Fetches the repository's branch from its remote into {@code git}, with its credentials. */
  public String fetch(RunbookGit git, RunbookRepository repository) {
    FetchCommand fetch =
        git.fetch()
            .from(repository.remote().get())
            .branch(repository.branch())
            .limits(remotes.limitsFor(repository.key()));
    token(repository).ifPresent(fetch::token);
    sshKeys(repository).ifPresent(fetch::sshKeys);
    remotes.checkFetch(repository.remote().get(), repository.credentialKind());
    SyncMetrics.Stopwatch timing = metrics.start(SyncMetrics.Work.FETCH, repository.key());
    try {
      String head = fetch.call();
      timing.stop(true);
      return head;
    } catch (FetchFailedException e) {
      timing.stop(false);
      LOG.log(
          Level.INFO,
          "Fetch of runbook repository " + repository.key() + " failed: " + e.getMessage(),
          e.getCause());
      throw new SyncFailedException(e.failure(), e.getMessage());
    } catch (GitAccessException e) {
      timing.stop(false);
      LOG.log(Level.WARNING, "Fetch of runbook repository " + repository.key() + " failed", e);
      throw new SyncFailedException(
          SyncFailure.INTERNAL,
          "Fetching into the repository's clone failed; the server log says why.");
    }
  }

  private Optional<List<KeyPair>> sshKeys(RunbookRepository repository) {
    if (repository.credentialKind() != CredentialKind.SSH_KEY) {
      return Optional.empty();
    }
    try {
      return admin.credentialSecret(repository).map(SshKeys::parse);
    } catch (InvalidSshKeyException unusable) {
      throw new SyncFailedException(
          SyncFailure.AUTHENTICATION,
          "The stored SSH key cannot be used: " + unusable.getMessage());
    }
  }

  private Optional<String> token(RunbookRepository repository) {
    if (repository.credentialKind() != CredentialKind.TOKEN) {
      return Optional.empty();
    }
    return admin.credentialSecret(repository);
  }
}
