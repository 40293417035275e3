package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenHashTest {

  @Test
  void isLowercaseHexSha256() {
    assertThat(TokenHash.of("abc").hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void equalForEqualTokensOnly() {
    assertThat(TokenHash.of("hs_one")).isEqualTo(TokenHash.of("hs_one"));
    assertThat(TokenHash.of("hs_one")).isNotEqualTo(TokenHash.of("hs_two"));
  }

  @Test
  void storedHexRoundTrips() {
    TokenHash hash = TokenHash.of("hs_one");

    assertThat(new TokenHash(hash.hex())).isEqualTo(hash);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adx",
        "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
      })
  void rejectsAnythingButSixtyFourLowercaseHexDigits(String hex) {
    assertThatThrownBy(() -> new TokenHash(hex)).isInstanceOf(IllegalArgumentException.class);
  }
}
