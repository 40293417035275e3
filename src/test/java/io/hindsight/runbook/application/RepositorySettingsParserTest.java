package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookRepository;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
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

  @Test
  void aStoredSecretMustBeEnteredAgainWhenTheHostChanges() {
    RunbookRepository stored =
        new RunbookRepository(
            RepositoryKey.of("ops"),
            "Ops",
            Optional.of(RemoteUrl.of("https://git.example.com/ops/runbooks.git")),
            "main",
            RunbookFolder.ROOT,
            "sealed-webhook",
            Instant.parse("2026-11-30T10:00:00Z"));
    stored.useCredential(CredentialKind.TOKEN, Optional.of("sealed-token"));

    assertThat(
            RepositorySettingsParser.parse(
                    request("https://git.example.com/ops/other.git", "token", null),
                    Optional.of(stored))
                .credentialSecret())
        .isEmpty();
    assertThatThrownBy(
            () ->
                RepositorySettingsParser.parse(
                    request("https://attacker.example.net/ops/runbooks.git", "token", null),
                    Optional.of(stored)))
        .isInstanceOfSatisfying(
            FieldRefused.class,
            invalid ->
                assertThat(invalid.messageFor("credential.token").orElseThrow())
                    .startsWith("must be entered again: the remote's host changed"));
    assertThat(
            RepositorySettingsParser.parse(
                    request("https://attacker.example.net/ops/runbooks.git", "token", "new"),
                    Optional.of(stored))
                .credentialSecret())
        .contains("new");
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
