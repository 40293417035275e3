package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.CredentialKind;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepositorySettingsParserTest {

  @Test
  void anSshRemoteTakesAPrivateKeyThatParses() throws Exception {
    String key = pkcs8(rsa());

    RepositorySettings settings =
        RepositorySettingsParser.parse(
            request("ssh://git@git.example.com/ops/runbooks.git", "ssh-key", key),
            Optional.empty());

    assertThat(settings.credentialKind()).isEqualTo(CredentialKind.SSH_KEY);
    assertThat(settings.credentialSecret()).contains(key);
  }

  @Test
  void aKeyThatDoesNotParseIsAFieldError() {
    assertThatThrownBy(
            () ->
                RepositorySettingsParser.parse(
                    request("ssh://git@git.example.com/r.git", "ssh-key", "ssh-ed25519 AAAA me"),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            FieldRefused.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly("credential.token"));
  }

  @Test
  void aKeyIsForSshRemotesOnly() throws Exception {
    assertThatThrownBy(
            () ->
                RepositorySettingsParser.parse(
                    request("https://git.example.com/r.git", "ssh-key", pkcs8(rsa())),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            FieldRefused.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly("credential.kind"));
  }

  private static RepositoryRequest request(String url, String kind, String secret) {
    return new RepositoryRequest(
        "ops", "Ops", url, "main", "runbooks", new CredentialRequest(kind, secret), null);
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static String pkcs8(KeyPair pair) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }
}
