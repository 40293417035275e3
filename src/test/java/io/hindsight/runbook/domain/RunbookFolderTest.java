package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunbookFolderTest {

  @Test
  void normalisesSlashesAndMatchesPathsInside() {
    RunbookFolder folder = RunbookFolder.of(" content/runbooks/ ");
    assertThat(folder.value()).isEqualTo("content/runbooks");
    assertThat(folder.contains("content/runbooks/a.md")).isTrue();
    assertThat(folder.contains("content/runbooks-old/a.md")).isFalse();
    assertThat(RunbookFolder.of(null)).isEqualTo(RunbookFolder.ROOT);
    assertThat(RunbookFolder.of("/").contains("a.md")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../etc", "a/../b", "/abs", "a\\b", "a%2fb", ".git", "a//b"})
  void refusesFoldersThatCouldEscape(String raw) {
    assertThatThrownBy(() -> RunbookFolder.of(raw)).isInstanceOf(IllegalArgumentException.class);
  }
}
