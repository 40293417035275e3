package io.hindsight.change.application;

import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.InvalidSshKeyException;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.SshKeys;
import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.GitAccessException;
import io.hindsight.runbook.git.PushCommand;
import io.hindsight.runbook.git.PushRejectedException;
import io.hindsight.runbook.git.RunbookGit;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Pushes the base branch after a post-mortem was committed straight to it: forward only, with the
 * repository's stored credential; a refusal is a conflict and the caller takes the commit back.
 */
@ApplicationScoped
public class PostmortemPush {

  @Inject RepositoryAdmin admin;
  @Inject Tracer tracer;

  /**
   * @return false for a repository without a remote
   * @throws StateConflict when the remote refused the push or cannot be reached
   */
  public boolean pushBase(RunbookRepository repository, RepositoryLocation location) {
    if (repository.remote().isEmpty()) {
      return false;
    }
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      PushCommand push = git.push().to(repository.remote().get()).branch(location.branch());
      admin
          .credentialSecret(repository)
          .ifPresent(secret -> credential(repository.credentialKind(), secret, push));
      push.call();
      return true;
    } catch (PushRejectedException e) {
      throw new StateConflict(
          e.getMessage() + " Nothing was committed; sync the repository and try again.");
    } catch (GitAccessException e) {
      throw new StateConflict(e.getMessage() + " Nothing was committed; try again later.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void credential(CredentialKind kind, String secret, PushCommand push) {
    if (kind == CredentialKind.TOKEN) {
      push.token(secret);
    } else if (kind == CredentialKind.SSH_KEY) {
      try {
        push.sshKeys(SshKeys.parse(secret));
      } catch (InvalidSshKeyException e) {
        throw new StateConflict("The stored SSH key cannot be used: " + e.getMessage());
      }
    }
  }
}
