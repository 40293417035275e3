package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.FetchLimits;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.SyncFailure;
import java.io.IOException;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Fetches one branch of a remote into {@link #INCOMING} (or another ref of Hindsight's own). The
 * branch Hindsight reads moves there only by {@link PublishCommand}, once the fetched commit has
 * been indexed, so that a failed sync leaves what users see untouched.
 */
public final class FetchCommand extends GitCommand<String> {

  static final String INCOMING = "refs/hindsight/incoming";

  private static final int TIMEOUT_SECONDS = 60;
  private static final String TOKEN_USER = "x-access-token";
  private static final String SSH_DIRECTORY = "hindsight-ssh";
  private static final FetchLimits DEFAULT_LIMITS = FetchLimits.of(100, 100_000);

  private RemoteUrl remote;
  private String branch;
  private Optional<String> token = Optional.empty();
  private Optional<List<KeyPair>> sshKeys = Optional.empty();
  private FetchLimits limits = DEFAULT_LIMITS;
  private String into = INCOMING;

  FetchCommand(Repository repository) {
    super(repository);
  }

  public FetchCommand from(RemoteUrl remote) {
    this.remote = remote;
    return this;
  }

  public FetchCommand branch(String branch) {
    this.branch = branch;
    return this;
  }

  /** An access token for an http(s) remote, sent as the password of {@value #TOKEN_USER}. */
  public FetchCommand token(String token) {
    this.token = Optional.of(token);
    return this;
  }

  /**
   * The keys for an {@code ssh://} remote, which needs them: only these are offered, never the
   * server user's {@code ~/.ssh}.
   */
  public FetchCommand sshKeys(List<KeyPair> keys) {
    this.sshKeys = Optional.of(List.copyOf(keys));
    return this;
  }

  /**
   * The ref the fetched commit goes to, instead of {@link #INCOMING} (which the sync owns): must be
   * under {@code refs/hindsight/}.
   */
  public FetchCommand into(String ref) {
    if (ref == null || !ref.startsWith("refs/hindsight/") || !Repository.isValidRefName(ref)) {
      throw new IllegalArgumentException("Not a ref of Hindsight's own: '" + ref + "'.");
    }
    this.into = ref;
    return this;
  }

  /** The most this fetch may bring; a fetch over it fails as {@link SyncFailure#TOO_LARGE}. */
  public FetchCommand limits(FetchLimits limits) {
    this.limits = limits;
    return this;
  }

  /**
   * @return the commit fetched
   * @throws FetchFailedException with its category and a message of Hindsight's for whoever
   *     registered the repository: the remote cannot be reached, refused the credentials, has no
   *     such repository or branch, or sent more than the limits
   */
  @Override
  String run() throws IOException {
    boolean ssh = remote.scheme().equals("ssh");
    if (ssh && sshKeys.isEmpty()) {
      throw new FetchFailedException(
          SyncFailure.AUTHENTICATION,
          "An ssh:// remote needs a private key: give the repository a credential of kind"
              + " ssh-key.");
    }
    String source = Constants.R_HEADS + branch;
    try (SshKeyAccess access =
            ssh
                ? new SshKeyAccess(
                    sshKeys.get(), repository.getDirectory().toPath().resolve(SSH_DIRECTORY))
                : null;
        Repository bounded = new BoundedFetchRepository(repository.getDirectory(), limits);
        Git git = Git.wrap(bounded)) {
      FetchResult result =
          git.fetch()
              .setRemote(remote.value())
              .setRefSpecs(new RefSpec("+" + source + ":" + into))
              .setCredentialsProvider(
                  token
                      .map(t -> new UsernamePasswordCredentialsProvider(TOKEN_USER, t))
                      .orElse(null))
              .setTransportConfigCallback(access)
              .setTimeout(TIMEOUT_SECONDS)
              .setTagOpt(TagOpt.NO_TAGS)
              .call();
      Ref fetched = result.getAdvertisedRef(source);
      if (fetched == null) {
        throw new FetchFailedException(
            SyncFailure.NOT_FOUND, "The remote has no branch '" + branch + "'.");
      }
      return fetched.getObjectId().name();
    } catch (InvalidRemoteException e) {
      throw new FetchFailedException(
          SyncFailure.NOT_FOUND, "There is no Git repository at " + remote + ".", e);
    } catch (TransportException e) {
      throw explain(e, remote, branch);
    } catch (GitAPIException | JGitInternalException e) {
      throw new FetchFailedException(
          SyncFailure.INTERNAL, "Fetching from " + remote + " failed; the server log says why.", e);
    }
  }

  private static FetchFailedException explain(
      TransportException e, RemoteUrl remote, String branch) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PackLimitExceededException tooLarge) {
        return new FetchFailedException(
            SyncFailure.TOO_LARGE,
            tooLarge.getMessage()
                + " Nothing of it was kept; the operator sets the limits"
                + " (hindsight.remotes.max-pack-mb, hindsight.remotes.max-objects).",
            e);
      }
      if (cause instanceof NoRemoteRepositoryException) {
        return new FetchFailedException(
            SyncFailure.NOT_FOUND, "There is no Git repository at " + remote + ".", e);
      }
    }
    String lower = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    boolean ssh = remote.scheme().equals("ssh");
    if (ssh && (lower.contains("server key") || lower.contains("host key"))) {
      return new FetchFailedException(
          SyncFailure.AUTHENTICATION,
          "The host key of "
              + remote
              + " is not the one seen at the first sync; if the server's key really changed, remove"
              + " the repository and register it again.",
          e);
    }
    if (lower.contains("not authorized")
        || lower.contains("authentication")
        || lower.contains("cannot log in")
        || lower.contains("401")
        || lower.contains("403")) {
      return new FetchFailedException(
          SyncFailure.AUTHENTICATION,
          ssh
              ? "The remote "
                  + remote
                  + " refused the SSH key (wrong key, or not authorized there)."
              : "The remote " + remote + " refused the credentials (wrong or missing token).",
          e);
    }
    if (lower.contains("does not have") || lower.contains("not found: refs/heads")) {
      return new FetchFailedException(
          SyncFailure.NOT_FOUND, "The remote has no branch '" + branch + "'.", e);
    }
    if (lower.contains("not found") || lower.contains("404")) {
      return new FetchFailedException(
          SyncFailure.NOT_FOUND, "There is no Git repository at " + remote + ".", e);
    }
    return new FetchFailedException(
        SyncFailure.NETWORK,
        "Cannot reach the remote "
            + remote
            + " (refused, unreachable, timed out or redirected); the server log says why.",
        e);
  }
}
