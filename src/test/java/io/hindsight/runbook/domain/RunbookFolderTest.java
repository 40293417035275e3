package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
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

  @Test
  void knowsItsParentNameAndTrailBelowATopFolder() {
    RunbookFolder etcd = RunbookFolder.of("content/runbooks/etcd");
    assertThat(etcd.name()).isEqualTo("etcd");
    assertThat(etcd.parent()).contains(RunbookFolder.of("content/runbooks"));
    assertThat(RunbookFolder.of("content").parent()).contains(RunbookFolder.ROOT);
    assertThat(RunbookFolder.ROOT.parent()).isEmpty();
    assertThat(etcd.trailBelow(RunbookFolder.of("content")))
        .containsExactly(RunbookFolder.of("content/runbooks"), etcd);
    assertThat(etcd.trailBelow(RunbookFolder.ROOT)).hasSize(3);
    assertThat(etcd.trailBelow(etcd)).isEmpty();
    assertThat(etcd.trailBelow(RunbookFolder.of("docs"))).isEmpty();
  }

  @Test
  void holdsItselfAndTheFoldersBelowNotItsNeighbours() {
    RunbookFolder runbooks = RunbookFolder.of("content/runbooks");
    assertThat(runbooks.holds(runbooks)).isTrue();
    assertThat(runbooks.holds(RunbookFolder.of("content/runbooks/etcd/v3"))).isTrue();
    assertThat(runbooks.holds(RunbookFolder.of("content/runbooks-old"))).isFalse();
    assertThat(runbooks.holds(RunbookFolder.of("content"))).isFalse();
    assertThat(RunbookFolder.ROOT.holds(runbooks)).isTrue();
  }

  @Test
  void theChildTowardAFolderBelowIsOneLevelDown() {
    RunbookFolder content = RunbookFolder.of("content");
    assertThat(content.childToward(RunbookFolder.of("content/runbooks/etcd")))
        .contains(RunbookFolder.of("content/runbooks"));
    assertThat(RunbookFolder.ROOT.childToward(RunbookFolder.of("content/runbooks")))
        .contains(content);
    assertThat(content.childToward(content)).isEmpty();
    assertThat(content.childToward(RunbookFolder.of("docs/a"))).isEmpty();
    assertThat(RunbookFolder.containing(RunbookPath.of("content/a.md"))).isEqualTo(content);
    assertThat(RunbookFolder.containing(RunbookPath.of("a.md"))).isEqualTo(RunbookFolder.ROOT);
  }

  @Test
  void countsFoldUpIntoTheFoldersRightBelow() {
    Map<String, Long> byFolder =
        Map.of(
            "", 3L,
            "teams", 1L,
            "teams/db", 40L,
            "teams/db/replicas", 2L,
            "teams/Api", 7L,
            "teams-old", 5L,
            "teams/empty", 0L);
    assertThat(FolderCount.childrenOf(RunbookFolder.of("teams"), byFolder))
        .containsExactly(
            new FolderCount(RunbookFolder.of("teams/Api"), 7),
            new FolderCount(RunbookFolder.of("teams/db"), 42));
    assertThat(FolderCount.childrenOf(RunbookFolder.ROOT, byFolder))
        .containsExactly(
            new FolderCount(RunbookFolder.of("teams"), 50),
            new FolderCount(RunbookFolder.of("teams-old"), 5));
    assertThat(FolderCount.childrenOf(RunbookFolder.of("teams/db/replicas"), byFolder)).isEmpty();
  }
}
