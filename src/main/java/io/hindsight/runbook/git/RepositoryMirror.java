package io.hindsight.runbook.git;

import io.hindsight.runbook.application.SyncFailedException;
import io.hindsight.runbook.domain.RemoteUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;

/**
 * The bare clone of a remote runbook repository. A fetch lands in {@link #INCOMING}; the branch
 * Hindsight reads moves there only once the fetched commit has been indexed, so a failed sync
 * leaves what users see untouched.
 */
public final class RepositoryMirror {

  public static final String INCOMING = "refs/hindsight/incoming";

  private static final int TIMEOUT_SECONDS = 60;
  private static final String SSH_DIRECTORY = "hindsight-ssh";

  private final Path bareDir;

  public RepositoryMirror(Path bareDir) {
    this.bareDir = bareDir;
  }

  /** Fetches the branch into {@link #INCOMING}, creating the bare repository on first use. */
  public void fetch(RemoteUrl remote, String branch, Optional<CredentialsProvider> credentials) {
    fetch(remote, branch, credentials, Optional.empty());
  }

  /**
   * As {@link #fetch(RemoteUrl, String, Optional)}; an {@code ssh://} remote needs {@code sshKeys},
   * and only its own keys are offered.
   */
  public void fetch(
      RemoteUrl remote,
      String branch,
      Optional<CredentialsProvider> credentials,
      Optional<List<KeyPair>> sshKeys) {
    boolean ssh = remote.scheme().equals("ssh");
    if (ssh && sshKeys.isEmpty()) {
      throw new SyncFailedException(
          "An ssh:// remote needs a private key: give the repository a credential of kind"
              + " ssh-key.");
    }
    String source = Constants.R_HEADS + branch;
    try (SshKeyAccess access =
            ssh ? new SshKeyAccess(sshKeys.get(), bareDir.resolve(SSH_DIRECTORY)) : null;
        Repository repository = openOrInit(branch);
        Git git = Git.wrap(repository)) {
      FetchResult result =
          git.fetch()
              .setRemote(remote.value())
              .setRefSpecs(new RefSpec("+" + source + ":" + INCOMING))
              .setCredentialsProvider(credentials.orElse(null))
              .setTransportConfigCallback(access)
              .setTimeout(TIMEOUT_SECONDS)
              .setTagOpt(org.eclipse.jgit.transport.TagOpt.NO_TAGS)
              .call();
      if (result.getAdvertisedRef(source) == null) {
        throw new SyncFailedException("The remote has no branch '" + branch + "'.");
      }
    } catch (InvalidRemoteException e) {
      throw new SyncFailedException("The remote " + remote + " is not a Git repository.");
    } catch (TransportException e) {
      throw new SyncFailedException(explain(e, remote, branch));
    } catch (GitAPIException | IOException e) {
      throw new SyncFailedException("Fetching from " + remote + " failed: " + e.getMessage());
    }
  }

  /** Points the branch users read at the commit that was just indexed. */
  public void publish(String branch, String commit) throws IOException {
    try (Repository repository = open()) {
      RefUpdate update = repository.updateRef(Constants.R_HEADS + branch);
      update.setNewObjectId(ObjectId.fromString(commit));
      update.setForceUpdate(true);
      update.disableRefLog();
      RefUpdate.Result result = update.update();
      switch (result) {
        case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {}
        default ->
            throw new IOException("Could not move " + branch + " to " + commit + ": " + result);
      }
      if (repository.exactRef(Constants.HEAD) == null
          || !repository.getFullBranch().equals(Constants.R_HEADS + branch)) {
        RefUpdate head = repository.updateRef(Constants.HEAD);
        head.disableRefLog();
        head.link(Constants.R_HEADS + branch);
      }
    }
  }

  private Repository open() throws IOException {
    return new FileRepositoryBuilder().setGitDir(bareDir.toFile()).setMustExist(true).build();
  }

  private Repository openOrInit(String branch) throws IOException, GitAPIException {
    if (Files.isDirectory(bareDir.resolve("objects"))) {
      return open();
    }
    Files.createDirectories(bareDir.getParent());
    return Git.init()
        .setBare(true)
        .setGitDir(bareDir.toFile())
        .setInitialBranch(branch)
        .call()
        .getRepository();
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
