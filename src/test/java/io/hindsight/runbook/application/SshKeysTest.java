package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SshKeysTest {

  @TempDir Path temp;

  @Test
  void readsPkcs8PemKeys() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair pair = rsa.generateKeyPair();

    List<KeyPair> read = SshKeys.parse(pkcs8(pair));

    assertThat(read).hasSize(1);
    assertThat(read.get(0).getPublic()).isEqualTo(pair.getPublic());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ed25519", "ecdsa", "rsa"})
  void readsOpenSshKeysAsSshKeygenWritesThem(String type) throws Exception {
    Path key = keygen(type, "");

    List<KeyPair> read = SshKeys.parse(Files.readString(key));

    assertThat(read).hasSize(1);
    assertThat(read.get(0).getPrivate()).isNotNull();
  }

  @Test
  void refusesKeysWithAPassphrase() throws Exception {
    Path key = keygen("ecdsa", "correct horse");

    assertThatThrownBy(() -> SshKeys.parse(Files.readString(key)))
        .isInstanceOf(InvalidSshKeyException.class)
        .hasMessageContaining("without a passphrase");
  }

  @Test
  void refusesPublicKeysGarbageAndEmptyText() throws Exception {
    Path key = keygen("ed25519", "");
    String publicKey = Files.readString(Path.of(key + ".pub"));

    assertThatThrownBy(() -> SshKeys.parse(publicKey))
        .isInstanceOf(InvalidSshKeyException.class)
        .hasMessageContaining("not a private key");
    assertThatThrownBy(
            () ->
                SshKeys.parse(
                    "-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5\n"
                        + "-----END OPENSSH PRIVATE KEY-----\n"))
        .isInstanceOf(InvalidSshKeyException.class)
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> SshKeys.parse("  "))
        .isInstanceOf(InvalidSshKeyException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> SshKeys.parse("x".repeat(SshKeys.MAX_LENGTH + 1)))
        .isInstanceOf(InvalidSshKeyException.class)
        .hasMessageContaining("ed25519");
  }

  static String pkcs8(KeyPair pair) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  /** A key written by {@code ssh-keygen}; skips the test where there is none. */
  private Path keygen(String type, String passphrase) throws IOException, InterruptedException {
    Path keygen = Path.of("/usr/bin/ssh-keygen");
    Assumptions.assumeTrue(Files.isExecutable(keygen), "ssh-keygen is not installed");
    Path key = temp.resolve("id_" + type + passphrase.length());
    Process process =
        new ProcessBuilder(
                keygen.toString(),
                "-q",
                "-t",
                type,
                "-N",
                passphrase,
                "-C",
                "test",
                "-f",
                key.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
    return key;
  }
}
