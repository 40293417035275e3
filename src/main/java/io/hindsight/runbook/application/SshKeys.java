package io.hindsight.runbook.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Reads the private key of an {@code ssh://} remote: OpenSSH or PEM (PKCS#1, PKCS#8), without a
 * passphrase. Keys are checked when they are stored, so that a sync never meets one it cannot use.
 */
public final class SshKeys {

  /** Longest key text accepted: its encrypted form must fit the credential column. */
  public static final int MAX_LENGTH = 2_800;

  private static final NamedResource RESOURCE = NamedResource.ofName("repository key");

  private SshKeys() {}

  /**
   * The key pairs in {@code privateKey}.
   *
   * @throws InvalidSshKeyException with a message an admin can act on, if it cannot be used
   */
  public static List<KeyPair> parse(String privateKey) {
    if (privateKey == null || privateKey.isBlank()) {
      throw new InvalidSshKeyException("The private key is empty.");
    }
    if (privateKey.length() > MAX_LENGTH) {
      throw new InvalidSshKeyException(
          "The private key has more than "
              + MAX_LENGTH
              + " characters; use an ed25519 or ECDSA key, or RSA of at most 3072 bits.");
    }
    if (!privateKey.contains("PRIVATE KEY-----")) {
      throw new InvalidSshKeyException(
          "This is not a private key: paste the whole file, from '-----BEGIN' to 'END ... PRIVATE"
              + " KEY-----' (a public key or a fingerprint will not do).");
    }
    String text = privateKey.strip().replace("\r\n", "\n") + "\n";
    List<KeyPair> pairs = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))) {
      Iterable<KeyPair> loaded =
          SecurityUtils.loadKeyPairIdentities(null, RESOURCE, in, FilePasswordProvider.EMPTY);
      if (loaded != null) {
        loaded.forEach(pairs::add);
      }
    } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
      throw new InvalidSshKeyException(
          "The private key cannot be read (OpenSSH or PEM without a passphrase is needed): "
              + reason(unreadable));
    }
    if (pairs.isEmpty()) {
      throw new InvalidSshKeyException(
          "The private key cannot be read: no key found (OpenSSH or PEM without a passphrase is"
              + " needed).");
    }
    return List.copyOf(pairs);
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
