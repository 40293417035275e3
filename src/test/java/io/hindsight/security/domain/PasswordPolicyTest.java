package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abcdefghijkl",
        "correct horse battery staple",
        "aaaaaaaaaaab",
        "\u00e4\u00f6\u00fc\u00df\u00e4\u00f6\u00fc\u00df\u00e4\u00f6\u00fc\u00df"
      })
  void acceptsGoodPasswords(String password) {
    assertThat(policy.violations(password.toCharArray())).isEmpty();
    assertThat(policy.accepts(password.toCharArray())).isTrue();
  }

  @Test
  void requiresTwelveCharacters() {
    assertThat(policy.violations("abcdefghijk".toCharArray()))
        .containsExactly("Password must be at least 12 characters long.");
    assertThat(policy.violations("abcdefghijkl".toCharArray())).isEmpty();
  }

  @Test
  void countsCharactersAsPeopleSeeThem() {
    String sixEmoji = "\uD83D\uDD11".repeat(3) + "\uD83D\uDE00".repeat(3);

    assertThat(sixEmoji).hasSize(12);
    assertThat(policy.violations(sixEmoji.toCharArray()))
        .containsExactly("Password must be at least 12 characters long.");
  }

  @Test
  void allowsAtMost1024Characters() {
    assertThat(policy.violations("ab".repeat(512).toCharArray())).isEmpty();
    assertThat(policy.violations(("ab".repeat(512) + "c").toCharArray()))
        .containsExactly("Password must be at most 1024 characters long.");
    assertThat(policy.accepts("ab".repeat(5_000_000).toCharArray())).isFalse();
  }

  @Test
  void rejectsOneRepeatedCharacter() {
    assertThat(policy.violations("aaaaaaaaaaaa".toCharArray()))
        .containsExactly("Password must not be a single character repeated.");
    assertThat(policy.violations("\uD83D\uDD11".repeat(12).toCharArray()))
        .containsExactly("Password must not be a single character repeated.");
  }

  @Test
  void reportsEveryViolation() {
    assertThat(policy.violations("aaaa".toCharArray()))
        .containsExactly(
            "Password must be at least 12 characters long.",
            "Password must not be a single character repeated.");
  }

  @Test
  void requiresAPassword() {
    assertThat(policy.violations(new char[0])).containsExactly("Password is required.");
    assertThat(policy.violations(null)).containsExactly("Password is required.");
  }

  @Test
  void agreesWithTheHashersLimit() {
    assertThat(PasswordPolicy.MAX_LENGTH).isEqualTo(PasswordHasher.MAX_PASSWORD_LENGTH);
  }
}
