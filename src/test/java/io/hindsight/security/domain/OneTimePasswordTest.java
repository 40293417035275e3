package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordTest {

  @Test
  void isTwentyUnambiguousCharacters() {
    for (int i = 0; i < 200; i++) {
      assertThat(OneTimePassword.generate())
          .hasSize(20)
          .matches("[A-Za-z2-9]{20}")
          .doesNotContain("0", "O", "1", "l", "I");
    }
  }

  @Test
  void alphabetLeavesOutLookAlikes() {
    assertThat(OneTimePassword.ALPHABET).doesNotContain("0", "O", "1", "l", "I").hasSize(56);
    assertThat(OneTimePassword.ALPHABET.chars().distinct().count()).isEqualTo(56);
  }

  @Test
  void usesTheWholeAlphabet() {
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      OneTimePassword.generate().chars().forEach(c -> seen.add((char) c));
    }

    assertThat(seen).hasSize(OneTimePassword.ALPHABET.length());
  }

  @Test
  void isDifferentEachTime() {
    Set<String> passwords = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      passwords.add(OneTimePassword.generate());
    }

    assertThat(passwords).hasSize(1_000);
  }

  @Test
  void satisfiesThePasswordPolicy() {
    assertThat(new PasswordPolicy().accepts(OneTimePassword.generate().toCharArray())).isTrue();
  }
}
