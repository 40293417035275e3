package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RemoteUrl;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Fetches one branch of a remote into {@link #INCOMING}. The branch Hindsight reads moves there
 * only by {@link PublishCommand}, once the fetched commit has been indexed, so that a failed sync
 * leaves what users see untouched.
 */
public final class FetchCommand extends GitCommand<String> {

  static final String INCOMING = "refs/hindsight/incoming";

  private static final int TIMEOUT_SECONDS = 60;
  private static final String TOKEN_USER = "x-access-token";
  private static final String SSH_DIRECTORY = "hindsight-ssh";

  private RemoteUrl remote;
  private String branch;
  private Optional<String> token = Optional.empty();
  private Optional<List<KeyPair>> sshKeys = Optional.empty();

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
   * @return the commit fetched
   * @throws GitAccessException with a message for whoever registered the repository: the remote
   *     cannot be reached, refused the credentials, or has no such branch
   */
  @Override
  String run() throws GitAccessException {
    boolean ssh = remote.scheme().equals("ssh");
    if (ssh && sshKeys.isEmpty()) {
      throw new GitAccessException(
          "An ssh:// remote needs a private key: give the repository a credential of kind"
              + " ssh-key.");
    }
    String source = Constants.R_HEADS + branch;
    try (SshKeyAccess access =
            ssh
                ? new SshKeyAccess(
                    sshKeys.get(), repository.getDirectory().toPath().resolve(SSH_DIRECTORY))
                : null;
        Git git = Git.wrap(repository)) {
      FetchResult result =
          git.fetch()
              .setRemote(remote.value())
              .setRefSpecs(new RefSpec("+" + source + ":" + INCOMING))
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
        throw new GitAccessException("The remote has no branch '" + branch + "'.");
      }
      return fetched.getObjectId().name();
    } catch (InvalidRemoteException e) {
      throw new GitAccessException("The remote " + remote + " is not a Git repository.", e);
    } catch (TransportException e) {
      throw new GitAccessException(explain(e, remote, branch), e);
    } catch (GitAPIException e) {
      throw new GitAccessException("Fetching from " + remote + " failed: " + e.getMessage(), e);
    }
  }

  private static String explain(TransportException e, RemoteUrl remote, String branch) {
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    boolean ssh = remote.scheme().equals("ssh");
    if (ssh && (lower.contains("server key") || lower.contains("host key"))) {
      return "The host key of "
          + remote
          + " is not the one seen at the first sync; if the server's key really changed, remove"
          + " the repository and register it again.";
    }
    if (lower.contains("not authorized")
        || lower.contains("authentication")
        || lower.contains("cannot log in")
        || lower.contains("401")
        || lower.contains("403")) {
      return ssh
          ? "The remote " + remote + " refused the SSH key (wrong key, or not authorized there)."
          : "The remote " + remote + " refused the credentials (wrong or missing token).";
    }
    if (lower.contains("does not have") || lower.contains("not found: refs/heads")) {
      return "The remote has no branch '" + branch + "'.";
    }
    return "Cannot reach the remote " + remote + ": " + message;
  }
}
