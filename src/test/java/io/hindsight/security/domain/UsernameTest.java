package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @Test
  void trimsAndLowercases() {
    assertThat(Username.of("  Alice.Smith_2-b\t").value()).isEqualTo("alice.smith_2-b");
  }

  @Test
  void equalByNormalisedValue() {
    assertThat(Username.of("Bob"))
        .isEqualTo(Username.of(" bob "))
        .hasSameHashCodeAs(Username.of("BOB"));
    assertThat(Username.of("bob")).isNotEqualTo(Username.of("bob2"));
    assertThat(Username.of("bob")).hasToString("bob");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "7", "0ps", "a.b", "a_b", "a-b", "z9"})
  void acceptsValidNames(String name) {
    assertThat(Username.of(name).value()).isEqualTo(name);
    assertThat(Username.parse(name)).contains(Username.of(name));
  }

  @Test
  void acceptsExactly64Characters() {
    String longest = "a".repeat(64);

    assertThat(Username.of(longest).value()).isEqualTo(longest);
    assertThat(Username.parse("a".repeat(65))).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        ".alice",
        "_alice",
        "-alice",
        "al ice",
        "al@ice",
        "al\u0000ice",
        "al\nice",
        "jos\u00e9",
        "\u212Aelvin",
        "adm\u0131n",
        "\uD83D\uDE00"
      })
  void rejectsInvalidNames(String name) {
    assertThat(Username.parse(name)).isEmpty();
    assertThatThrownBy(() -> Username.of(name)).isInstanceOf(InvalidUsernameException.class);
  }

  @Test
  void hugeInputIsJustNoSuchUser() {
    String tenMegabytes = "a".repeat(10 * 1024 * 1024);
    String paddedValidName = " ".repeat(5_000_000) + "alice" + " ".repeat(5_000_000);

    assertThat(Username.parse(tenMegabytes)).isEmpty();
    assertThat(Username.parse(paddedValidName)).isEmpty();
  }

  @Test
  void messagesNeitherEchoInputNorLeak() {
    String input = "<script>" + "x".repeat(100);

    assertThatThrownBy(() -> Username.of(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("script")
        .hasMessage("Username must be at most 64 characters long.");
    assertThatThrownBy(() -> Username.of("bad name"))
        .hasMessage("Username may contain only letters a-z, digits, '.', '_' and '-'.");
    assertThatThrownBy(() -> Username.of(".hidden"))
        .hasMessage("Username must start with a letter or a digit.");
    assertThatThrownBy(() -> Username.of(" ")).hasMessage("Username is required.");
  }
}
