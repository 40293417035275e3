package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SharedSnapshotTest {

  private static final String INDEXED = "b".repeat(40);
  private static final String OLDER = "a".repeat(40);

  @Test
  void onlyTheSnapshotAtTheIndexedCommitIsShared() {
    assertThat(SharedSnapshot.isAtIndexedCommit(INDEXED, Optional.of(INDEXED))).isTrue();
    assertThat(SharedSnapshot.isAtIndexedCommit(OLDER, Optional.of(INDEXED)))
        .as("a node whose clone is behind the index")
        .isFalse();
    assertThat(SharedSnapshot.isAtIndexedCommit(INDEXED, Optional.of(OLDER)))
        .as("a node ahead of the index while its sync runs")
        .isFalse();
  }

  @Test
  void anyCommitOfARepositoryNeverIndexedIsShared() {
    assertThat(SharedSnapshot.isAtIndexedCommit(OLDER, Optional.empty())).isTrue();
    assertThat(SharedSnapshot.isAtIndexedCommit("", Optional.empty())).isTrue();
  }
}
