package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private static final int FAST = 1_000;
  private static final String ENCODED_FORM =
      "pbkdf2-sha256\\$\\d+\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=";

  private final PasswordHasher hasher = new PasswordHasher(FAST);

  @Test
  void verifiesTheRightPasswordOnly() {
    String encoded = hasher.hash("correct horse battery".toCharArray());

    assertThat(hasher.verify("correct horse battery".toCharArray(), encoded)).isTrue();
    assertThat(hasher.verify("correct horse batterY".toCharArray(), encoded)).isFalse();
    assertThat(hasher.verify("".toCharArray(), encoded)).isFalse();
    assertThat(hasher.verify(null, encoded)).isFalse();
  }

  @Test
  void encodedFormDescribesItself() {
    String encoded = hasher.hash("correct horse battery".toCharArray());

    assertThat(encoded).matches(ENCODED_FORM).startsWith("pbkdf2-sha256$1000$");
    String[] parts = encoded.split("\\$");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void matchesAnIndependentPbkdf2Computation() throws Exception {
    String encoded = hasher.hash("p\u00e4ssw\u00f6rd \uD83D\uDD11".toCharArray());
    String[] parts = encoded.split("\\$");
    byte[] salt = Base64.getDecoder().decode(parts[2]);

    byte[] expected =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new PBEKeySpec("p\u00e4ssw\u00f6rd \uD83D\uDD11".toCharArray(), salt, FAST, 256))
            .getEncoded();

    assertThat(Base64.getDecoder().decode(parts[3])).isEqualTo(expected);
  }

  @Test
  void saltsEachHash() {
    String first = hasher.hash("same password here".toCharArray());
    String second = hasher.hash("same password here".toCharArray());

    assertThat(first).isNotEqualTo(second);
    assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
    assertThat(hasher.verify("same password here".toCharArray(), second)).isTrue();
  }

  @Test
  void verifiesHashesMadeWithOtherIterationCounts() {
    String older = new PasswordHasher(500).hash("an older password".toCharArray());

    assertThat(hasher.verify("an older password".toCharArray(), older)).isTrue();
  }

  @Test
  void defaultUsesOwaspIterationCount() {
    PasswordHasher standard = new PasswordHasher();
    String encoded = standard.hash("correct horse battery".toCharArray());

    assertThat(standard.iterations()).isEqualTo(600_000);
    assertThat(encoded).startsWith("pbkdf2-sha256$600000$");
    assertThat(standard.verify("correct horse battery".toCharArray(), encoded)).isTrue();
    assertThat(standard.needsRehash(encoded)).isFalse();
  }

  @Test
  void needsRehashOnlyBelowCurrentIterations() {
    String fewer = new PasswordHasher(FAST - 1).hash("some password".toCharArray());
    String same = hasher.hash("some password".toCharArray());
    String more = new PasswordHasher(FAST + 1).hash("some password".toCharArray());

    assertThat(hasher.needsRehash(fewer)).isTrue();
    assertThat(hasher.needsRehash(same)).isFalse();
    assertThat(hasher.needsRehash(more)).isFalse();
  }

  @Test
  void unreadableHashNeedsRehash() {
    assertThat(hasher.needsRehash("garbage")).isTrue();
    assertThat(hasher.needsRehash(null)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "garbage",
        "$$$",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=$x",
        "bcrypt$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$abc$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$99999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$2000000000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$!!not base64!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$"
      })
  void malformedStoredHashIsFalseNotAnException(String encoded) {
    assertThat(hasher.verify("correct horse battery".toCharArray(), encoded)).isFalse();
  }

  @Test
  void truncatedRealHashIsFalse() {
    String encoded = hasher.hash("correct horse battery".toCharArray());

    assertThat(hasher.verify("correct horse battery".toCharArray(), encoded.substring(0, 40)))
        .isFalse();
  }

  @Test
  void acceptsPasswordsUpTo1024Characters() {
    char[] longest = "x".repeat(1024).toCharArray();

    assertThat(hasher.verify("x".repeat(1024).toCharArray(), hasher.hash(longest))).isTrue();
  }

  @Test
  void refusesToHashLongerPasswords() {
    assertThatThrownBy(() -> hasher.hash("x".repeat(1025).toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsLongerPasswordsEvenAgainstTheirOwnHash() throws Exception {
    char[] tooLong = "x".repeat(1025).toCharArray();
    byte[] salt = new byte[16];
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(tooLong, salt, FAST, 256))
            .getEncoded();
    Base64.Encoder base64 = Base64.getEncoder();
    String encoded =
        "pbkdf2-sha256$"
            + FAST
            + "$"
            + base64.encodeToString(salt)
            + "$"
            + base64.encodeToString(hash);

    assertThat(hasher.verify(tooLong, encoded)).isFalse();
    assertThat(hasher.verify("x".repeat(10 * 1024 * 1024).toCharArray(), encoded)).isFalse();
  }

  @Test
  void dummyHashCostsTheSameAsARealOne() {
    String dummy = hasher.dummyHash();

    assertThat(dummy).matches(ENCODED_FORM).startsWith("pbkdf2-sha256$1000$");
    assertThat(hasher.needsRehash(dummy)).isFalse();
    assertThat(new PasswordHasher().dummyHash()).startsWith("pbkdf2-sha256$600000$");
  }

  @Test
  void dummyVerificationAcceptsAnyInput() {
    assertThatNoException()
        .isThrownBy(
            () -> {
              hasher.verifyAgainstDummy("whatever was typed".toCharArray());
              hasher.verifyAgainstDummy(new char[0]);
              hasher.verifyAgainstDummy(null);
              hasher.verifyAgainstDummy("x".repeat(5000).toCharArray());
            });
  }

  @Test
  void rejectsNonsensicalIterationCounts() {
    assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher(10_000_001))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
