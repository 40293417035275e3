package io.hindsight.runbook.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Connects a fetch to an {@code ssh://} remote with a repository's own key, never the server user's
 * {@code ~/.ssh}. The server's host key is trusted on first use and recorded in {@code hostKeys}; a
 * different key later is refused.
 */
final class SshKeyAccess implements TransportConfigCallback, AutoCloseable {

  private final SshdSessionFactory factory;

  SshKeyAccess(List<KeyPair> keys, Path sshDirectory) {
    try {
      Files.createDirectories(sshDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + sshDirectory, e);
    }
    Path hostKeys = sshDirectory.resolve("known_hosts");
    this.factory =
        new SshdSessionFactoryBuilder()
            .setHomeDirectory(sshDirectory.toFile())
            .setSshDirectory(sshDirectory.toFile())
            .setDefaultKeysProvider(directory -> keys)
            .setConfigStoreFactory((home, configFile, localUser) -> null)
            .setServerKeyDatabase((home, ssh) -> new TrustOnFirstUse(hostKeys))
            .build(null);
  }

  @Override
  public void configure(Transport transport) {
    if (transport instanceof SshTransport ssh) {
      ssh.setSshSessionFactory(factory);
    }
  }

  @Override
  public void close() {
    factory.close();
  }

  /** Host keys by address, one {@code address key-type base64} line each. */
  private record TrustOnFirstUse(Path file) implements ServerKeyDatabase {

    @Override
    public List<PublicKey> lookup(
        String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
      return List.of();
    }

    @Override
    public synchronized boolean accept(
        String connectAddress,
        InetSocketAddress remoteAddress,
        PublicKey serverKey,
        Configuration config,
        CredentialsProvider provider) {
      String key = PublicKeyEntry.toString(serverKey);
      try {
        List<String> known = Files.exists(file) ? Files.readAllLines(file) : List.of();
        for (String line : known) {
          int space = line.indexOf(' ');
          if (space > 0 && line.substring(0, space).equals(connectAddress)) {
            return line.substring(space + 1).equals(key);
          }
        }
        Files.writeString(
            file,
            connectAddress + " " + key + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        return true;
      } catch (IOException e) {
        return false;
      }
    }
  }
}
