package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {"sample", "a", "platform-ops", "team2", "a1-b2-c3"})
  void acceptsShortLowercaseNames(String value) {
    assertThat(RepositoryKey.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Sample", "-lead", "trail-", "../x", "a/b", "a b", "a_b", "é", "%2e"})
  void rejectsAnythingElse(String value) {
    assertThatThrownBy(() -> RepositoryKey.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lowercase letters");
  }

  @org.junit.jupiter.api.Test
  void rejectsOverlongNames() {
    assertThat(RepositoryKey.of("a".repeat(40)).value()).hasSize(40);
    assertThatThrownBy(() -> RepositoryKey.of("a".repeat(41)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
