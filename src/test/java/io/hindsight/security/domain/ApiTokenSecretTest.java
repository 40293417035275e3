package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokenSecretTest {

  private static final String VALID = "hs_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_xyz";

  @Test
  void generatesPrefixedBase64UrlOf32Bytes() {
    String value = ApiTokenSecret.generate().value();

    assertThat(value).startsWith("hs_").hasSize(46).matches("hs_[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(value.substring(3))).hasSize(32);
  }

  @Test
  void generatesDistinctTokens() {
    Set<String> values = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      values.add(ApiTokenSecret.generate().value());
    }

    assertThat(values).hasSize(1_000);
  }

  @Test
  void toStringHidesTheSecret() {
    ApiTokenSecret token = ApiTokenSecret.generate();

    assertThat(token.toString()).isEqualTo("hs_****").doesNotContain(token.value().substring(3));
    assertThat(String.valueOf(token)).isEqualTo("hs_****");
  }

  @Test
  void displayPrefixIsTheFirstEightCharacters() {
    ApiTokenSecret token = ApiTokenSecret.generate();

    assertThat(token.displayPrefix()).hasSize(8).isEqualTo(token.value().substring(0, 8));
  }

  @Test
  void hashIsTheSha256OfTheValue() {
    ApiTokenSecret token = ApiTokenSecret.generate();

    assertThat(token.hash()).isEqualTo(TokenHash.of(token.value()));
    assertThat(token.hash()).isNotEqualTo(ApiTokenSecret.generate().hash());
  }

  @Test
  void parsesWhatItGenerates() {
    ApiTokenSecret token = ApiTokenSecret.generate();

    assertThat(ApiTokenSecret.parse(token.value())).contains(token);
    assertThat(ApiTokenSecret.parse(token.value()).orElseThrow().hash()).isEqualTo(token.hash());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {VALID, "Bearer " + VALID, "bearer " + VALID, "  Bearer   " + VALID + " \t"})
  void parsesBareTokensAndBearerHeaders(String headerValue) {
    assertThat(ApiTokenSecret.parse(headerValue).map(ApiTokenSecret::value)).contains(VALID);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Bearer",
        "Bearer ",
        "hs_",
        "Basic dXNlcjpwYXNz",
        "xx_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_xyz",
        "HS_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_xyz",
        "hs_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_xy",
        "hs_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_xyzz",
        "hs_Ab9+/Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_xyz",
        "hs_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_xy=",
        "hs_Ab9-_Ab9-_Ab9-_Ab9-_Ab9 _Ab9-_Ab9-_Ab9-_xyz",
        "hs_Ab9-_Ab9-_Ab9-_Ab9-_Ab9\u00e9_Ab9-_Ab9-_Ab9-_xyz",
        "Bearer Bearer hs_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_Ab9-_xyz"
      })
  void rejectsWhatDoesNotLookLikeAToken(String headerValue) {
    assertThat(ApiTokenSecret.parse(headerValue)).isEmpty();
  }

  @Test
  void rejectsHugeInputQuickly() {
    assertThat(ApiTokenSecret.parse(" ".repeat(10 * 1024 * 1024) + VALID)).isEmpty();
  }

  @Test
  void equalByValue() {
    assertThat(ApiTokenSecret.parse(VALID)).contains(ApiTokenSecret.parse(VALID).orElseThrow());
    assertThat(ApiTokenSecret.generate()).isNotEqualTo(ApiTokenSecret.generate());
  }
}
