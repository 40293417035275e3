package io.hindsight.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialCipherTest {

  private final CredentialCipher cipher = new CredentialCipher(CredentialCipher.newKey());

  @Test
  void sealsAndOpensASecretWithoutShowingIt() {
    String sealed = cipher.encrypt("ghp_secret-token", "repository:ops:credential");
    assertThat(sealed).startsWith("v1:").doesNotContain("ghp_secret-token");
    assertThat(cipher.decrypt(sealed, "repository:ops:credential")).isEqualTo("ghp_secret-token");
  }

  @Test
  void theSameSecretSealsDifferentlyEachTime() {
    assertThat(cipher.encrypt("token", "c")).isNotEqualTo(cipher.encrypt("token", "c"));
  }

  @Test
  void aValueSealedForAnotherContextDoesNotOpen() {
    String sealed = cipher.encrypt("token", "repository:a:credential");
    assertThatThrownBy(() -> cipher.decrypt(sealed, "repository:b:credential"))
        .isInstanceOf(CredentialDecryptionException.class)
        .hasMessageNotContaining("token");
  }

  @Test
  void anotherKeyOrATamperedValueDoesNotOpen() {
    String sealed = cipher.encrypt("token", "c");
    CredentialCipher other = new CredentialCipher(CredentialCipher.newKey());
    assertThatThrownBy(() -> other.decrypt(sealed, "c"))
        .isInstanceOf(CredentialDecryptionException.class);
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
    bytes[bytes.length - 1] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
    assertThatThrownBy(() -> cipher.decrypt(tampered, "c"))
        .isInstanceOf(CredentialDecryptionException.class);
  }

  @Test
  void garbageIsRefusedClearly() {
    for (String garbage : new String[] {null, "", "plain", "v1:%%%", "v1:AAAA"}) {
      assertThatThrownBy(() -> cipher.decrypt(garbage, "c"))
          .isInstanceOf(CredentialDecryptionException.class);
    }
  }

  @Test
  void keysMustBe32Bytes() {
    assertThatThrownBy(() -> new CredentialCipher(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theKeyFileIsCreatedOwnerOnlyAndReusedAfterwards(@TempDir Path data) throws Exception {
    Path secrets = data.resolve("secrets");
    byte[] first = CredentialCipherProducer.keyFile(secrets);
    byte[] second = CredentialCipherProducer.keyFile(secrets);
    assertThat(first).hasSize(CredentialCipher.KEY_BYTES).isEqualTo(second);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(secrets.resolve("credentials.key"))))
        .isEqualTo("rw-------");
  }
}
