package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///srv/git/runbooks.git",
        "https://github.com/acme/runbooks.git",
        "http://127.0.0.1:8080/git/runbooks.git",
        "ssh://git@github.com/acme/runbooks.git"
      })
  void acceptsTheSupportedSchemes(String url) {
    assertThat(RemoteUrl.of(url).value()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ftp://host/x.git",
        "git://host/x.git",
        "https://user:token@host/x.git",
        "https://user@host/x.git",
        "https:///x.git",
        "https://host/x.git?token=1",
        "https://host/x .git",
        "/srv/git/runbooks.git",
        "mailto:someone@example.com",
        "::nope"
      })
  void refusesEverythingElse(String url) {
    assertThatThrownBy(() -> RemoteUrl.of(url)).isInstanceOf(IllegalArgumentException.class);
  }
}
