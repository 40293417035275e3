package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RemoteUrl;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefLeaseSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Pushes branches and tags to a remote with the repository's own credential. The base branch and
 * tags only move forward; Hindsight's own change branches are pushed with force-with-lease, so a
 * branch someone else moved on the remote is never overwritten.
 */
public final class PushCommand extends GitCommand<List<String>> {

  private static final int TIMEOUT_SECONDS = 60;
  private static final String TOKEN_USER = "x-access-token";
  private static final String SSH_DIRECTORY = "hindsight-ssh";

  private RemoteUrl remote;
  private Optional<String> token = Optional.empty();
  private Optional<List<KeyPair>> sshKeys = Optional.empty();
  private final List<RefSpec> specs = new ArrayList<>();
  private final List<RefLeaseSpec> leases = new ArrayList<>();

  PushCommand(Repository repository) {
    super(repository);
  }

  public PushCommand to(RemoteUrl remote) {
    this.remote = remote;
    return this;
  }

  public PushCommand token(String token) {
    this.token = Optional.of(token);
    return this;
  }

  public PushCommand sshKeys(List<KeyPair> keys) {
    this.sshKeys = Optional.of(List.copyOf(keys));
    return this;
  }

  /** A branch the remote takes only as a fast-forward. */
  public PushCommand branch(String name) {
    String ref = Constants.R_HEADS + name;
    specs.add(new RefSpec(ref + ":" + ref));
    return this;
  }

  /**
   * One of Hindsight's own branches, replaced on the remote only if it is still at {@code
   * remoteWas} there (absent: only if the remote has no such branch).
   */
  public PushCommand ownBranch(String name, Optional<String> remoteWas) {
    String ref = Constants.R_HEADS + name;
    specs.add(new RefSpec("+" + ref + ":" + ref));
    leases.add(
        new RefLeaseSpec(ref, remoteWas.orElse(org.eclipse.jgit.lib.ObjectId.zeroId().name())));
    return this;
  }

  /** A commit onto a branch of the remote, which takes it only as a fast-forward. */
  public PushCommand commit(String commit, String branch) {
    specs.add(new RefSpec(commit + ":" + Constants.R_HEADS + branch));
    return this;
  }

  public PushCommand tag(String name) {
    String ref = Constants.R_TAGS + name;
    specs.add(new RefSpec(ref + ":" + ref));
    return this;
  }

  /**
   * @return the remote refs updated or already up to date
   * @throws PushRejectedException when the remote refused an update
   * @throws GitAccessException when the remote cannot be reached or refused the credentials
   */
  @Override
  List<String> run() throws GitAccessException {
    if (remote == null || specs.isEmpty()) {
      throw new IllegalStateException("Say where to push and what.");
    }
    boolean ssh = remote.scheme().equals("ssh");
    if (ssh && sshKeys.isEmpty()) {
      throw new GitAccessException("An ssh:// remote needs a private key to push.");
    }
    List<String> pushed = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    try (SshKeyAccess access =
            ssh
                ? new SshKeyAccess(
                    sshKeys.get(), repository.getDirectory().toPath().resolve(SSH_DIRECTORY))
                : null;
        Git git = Git.wrap(repository)) {
      Iterable<PushResult> results =
          git.push()
              .setRemote(remote.value())
              .setRefSpecs(specs)
              .setRefLeaseSpecs(leases)
              .setCredentialsProvider(
                  token
                      .map(t -> new UsernamePasswordCredentialsProvider(TOKEN_USER, t))
                      .orElse(null))
              .setTransportConfigCallback(access)
              .setTimeout(TIMEOUT_SECONDS)
              .call();
      for (PushResult result : results) {
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
          switch (update.getStatus()) {
            case OK, UP_TO_DATE -> pushed.add(update.getRemoteName());
            default ->
                refused.add(
                    Repository.shortenRefName(update.getRemoteName())
                        + " ("
                        + update
                            .getStatus()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ')
                        + (update.getMessage() == null ? "" : ": " + update.getMessage())
                        + ")");
          }
        }
      }
    } catch (TransportException e) {
      throw new GitAccessException("Pushing to " + remote + " failed: " + why(e, ssh), e);
    } catch (GitAPIException e) {
      throw new GitAccessException("Pushing to " + remote + " failed: " + e.getMessage(), e);
    }
    if (!refused.isEmpty()) {
      throw new PushRejectedException(
          "The remote " + remote + " refused " + String.join(", ", refused) + ".");
    }
    return List.copyOf(pushed);
  }

  private String why(TransportException e, boolean ssh) {
    String lower = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    boolean refusedLogin =
        lower.contains("cannot log in")
            || lower.contains("not authorized")
            || lower.contains("authentication")
            || lower.contains("401")
            || lower.contains("403");
    if (!refusedLogin) {
      return e.getMessage();
    }
    return ssh
        ? "the remote refused the SSH key (wrong key, or not authorized to write there)."
        : "the remote refused the credentials (wrong or missing token, or no write access).";
  }
}
