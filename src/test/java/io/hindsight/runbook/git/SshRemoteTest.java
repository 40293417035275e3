package io.hindsight.runbook.git;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.testing.BareRemote;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetching and pushing over ssh:// with a stored key, from an SSH server that serves one
 * repository.
 */
class SshRemoteTest {

  @TempDir Path temp;

  private KeyPair authorized;
  private BareRemote remote;
  private SshServer server;

  @BeforeEach
  void startServer() throws Exception {
    authorized = rsa();
    remote = BareRemote.create(temp.resolve("remote.git"), "main");
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(temp.resolve("host.key")));
    server.setPublickeyAuthenticator(
        (user, key, session) -> KeyUtils.compareKeys(key, authorized.getPublic()));
    server.setCommandFactory(
        (channel, command) ->
            new PackCommand(remote.directory(), command.startsWith("git-receive")));
    server.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.stop(true);
  }

  @Test
  void fetchesWithTheRepositoryKeyAndRemembersTheHostKey() throws IOException {
    String head = remote.commit("Ana", "Add a runbook", files("a.md", "# A"));

    assertThat(fetch(url(), List.of(authorized))).isEqualTo(head);

    assertThat(incoming()).contains(head);
    Path knownHosts = temp.resolve("clone.git/hindsight-ssh/known_hosts");
    assertThat(Files.readString(knownHosts))
        .startsWith("[127.0.0.1]:" + server.getPort() + " ")
        .hasLineCount(1);

    String next = remote.commit("Ana", "Edit", files("a.md", "# A v2"));
    assertThat(fetch(url(), List.of(authorized))).isEqualTo(next);
    assertThat(incoming()).contains(next);
  }

  @Test
  void pushesAMergeForwardWithTheRepositoryKeyAndNeverOverAnother() throws IOException {
    String base = remote.commit("Ana", "Add a runbook", files("a.md", "# A"));
    fetch(url(), List.of(authorized));
    try (RunbookGit git = RunbookGit.open(temp.resolve("clone.git"))) {
      git.publish().branch("main").commit(base).call();
      String merged =
          git.commit()
              .parent(base)
              .put("a.md", "# A, changed in Hindsight".getBytes(StandardCharsets.UTF_8))
              .author("Bo", "bo@example.com", OffsetDateTime.parse("2026-12-02T22:00:00Z"))
              .message("Change a\n")
              .call();
      git.moveBranch().branch("main").from(Optional.of(base)).to(merged).call();
      git.push().to(url()).sshKeys(List.of(authorized)).branch("main").call();
      assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(merged + "\n");
      GitCli.bare(remote.directory(), "fsck", "--strict");

      String elsewhere = remote.commit("Cy", "Moved on the remote", files("b.md", "# B"));
      String next =
          git.commit()
              .parent(merged)
              .put("a.md", "# A, again".getBytes(StandardCharsets.UTF_8))
              .author("Bo", "bo@example.com", OffsetDateTime.parse("2026-12-02T22:05:00Z"))
              .message("Change a again\n")
              .call();
      git.moveBranch().branch("main").from(Optional.of(merged)).to(next).call();
      assertThatThrownBy(
              () -> git.push().to(url()).sshKeys(List.of(authorized)).branch("main").call())
          .isInstanceOf(PushRejectedException.class);
      assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(elsewhere + "\n");
      assertThatThrownBy(() -> git.push().to(url()).sshKeys(List.of(rsa())).branch("main").call())
          .isInstanceOf(GitAccessException.class)
          .hasMessageContaining("refused the SSH key");
    }
  }

  @Test
  void aKeyTheServerDoesNotKnowIsRefusedClearly() throws Exception {
    remote.commit("Ana", "Add a runbook", files("a.md", "# A"));

    assertThatThrownBy(() -> fetch(url(), List.of(rsa())))
        .isInstanceOf(GitAccessException.class)
        .hasMessageContaining("refused the SSH key");
  }

  @Test
  void aChangedHostKeyIsRefused() throws Exception {
    remote.commit("Ana", "Add a runbook", files("a.md", "# A"));
    fetch(url(), List.of(authorized));
    Path knownHosts = temp.resolve("clone.git/hindsight-ssh/known_hosts");
    String line = Files.readString(knownHosts).strip();
    Files.writeString(
        knownHosts,
        line.substring(0, line.indexOf(' ') + 1)
            + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(rsa().getPublic())
            + "\n");

    assertThatThrownBy(() -> fetch(url(), List.of(authorized)))
        .isInstanceOf(GitAccessException.class)
        .hasMessageContaining("host key");
  }

  @Test
  void anUnreachableHostFailsClearlyAndAKeyIsRequired() throws Exception {
    // Bound and never listening: connections are refused, and no other process can take the port.
    try (Socket reserved = new Socket()) {
      reserved.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      RemoteUrl nowhere =
          RemoteUrl.of("ssh://git@127.0.0.1:" + reserved.getLocalPort() + "/runbooks.git");

      assertThatThrownBy(() -> fetch(nowhere, List.of(authorized)))
          .isInstanceOf(GitAccessException.class)
          .hasMessageContaining("Cannot reach the remote " + nowhere);
      assertThatThrownBy(() -> fetch(nowhere, List.of()))
          .isInstanceOf(GitAccessException.class)
          .hasMessageContaining("needs a private key");
    }
  }

  private RemoteUrl url() {
    return RemoteUrl.of("ssh://git@127.0.0.1:" + server.getPort() + "/runbooks.git");
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private String fetch(RemoteUrl from, List<KeyPair> keys) throws IOException {
    try (RunbookGit git = RunbookGit.openOrCreate(temp.resolve("clone.git"), "main")) {
      FetchCommand fetch = git.fetch().from(from).branch("main");
      return keys.isEmpty() ? fetch.call() : fetch.sshKeys(keys).call();
    }
  }

  private Optional<String> incoming() throws IOException {
    try (RunbookGit git = RunbookGit.open(temp.resolve("clone.git"))) {
      return git.resolve().ref(FetchCommand.INCOMING).call();
    }
  }

  /**
   * Serves {@code git-upload-pack}, or {@code git-receive-pack}, for one repository, whatever path
   * is asked for.
   */
  private static final class PackCommand implements Command, Runnable {

    private final Path repositoryDir;
    private final boolean receive;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;

    PackCommand(Path repositoryDir, boolean receive) {
      this.repositoryDir = repositoryDir;
      this.receive = receive;
    }

    @Override
    public void setInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
      this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
      new Thread(this, receive ? "receive-pack" : "upload-pack").start();
    }

    @Override
    public void run() {
      try (Repository repository =
          new FileRepositoryBuilder().setGitDir(repositoryDir.toFile()).build()) {
        if (receive) {
          new ReceivePack(repository).receive(in, out, err);
        } else {
          new UploadPack(repository).upload(in, out, err);
        }
        out.flush();
        exit.onExit(0);
      } catch (IOException | RuntimeException e) {
        exit.onExit(1, String.valueOf(e.getMessage()));
      }
    }

    @Override
    public void destroy(ChannelSession channel) {}
  }
}
