package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RepositoryKey;
import org.junit.jupiter.api.Test;

class RunningSyncsTest {

  private static final RepositoryKey OPS = RepositoryKey.of("ops-runbooks");
  private static final RepositoryKey DB = RepositoryKey.of("db-runbooks");

  private final RunningSyncs running = new RunningSyncs();

  @Test
  void oneSyncPerRepositoryAtATime() {
    assertThat(running.start(OPS)).isTrue();
    assertThat(running.isRunning(OPS)).isTrue();
    assertThat(running.start(OPS)).isFalse();
    assertThat(running.start(DB)).isTrue();

    assertThat(running.finishOrRepeat(OPS)).isFalse();

    assertThat(running.isRunning(OPS)).isFalse();
    assertThat(running.isRunning(DB)).isTrue();
    assertThat(running.start(OPS)).isTrue();
  }

  @Test
  void aPushDuringASyncMakesItRunOnceMore() {
    assertThat(running.start(OPS)).isTrue();

    assertThat(running.startOrAskAgain(OPS)).isFalse();

    assertThat(running.finishOrRepeat(OPS)).isTrue();
    assertThat(running.isRunning(OPS)).isTrue();
    assertThat(running.finishOrRepeat(OPS)).isFalse();
    assertThat(running.isRunning(OPS)).isFalse();
  }

  @Test
  void pushesDuringOneSyncMakeOneMoreSync() {
    running.start(OPS);
    running.startOrAskAgain(OPS);
    running.startOrAskAgain(OPS);
    running.startOrAskAgain(OPS);

    assertThat(running.finishOrRepeat(OPS)).isTrue();
    assertThat(running.finishOrRepeat(OPS)).isFalse();
  }

  @Test
  void aPushDuringTheRepeatedSyncMakesAnotherOne() {
    running.start(OPS);
    running.startOrAskAgain(OPS);
    assertThat(running.finishOrRepeat(OPS)).isTrue();

    running.startOrAskAgain(OPS);

    assertThat(running.finishOrRepeat(OPS)).isTrue();
    assertThat(running.finishOrRepeat(OPS)).isFalse();
  }

  @Test
  void aPushWhenNothingRunsStartsASync() {
    assertThat(running.startOrAskAgain(OPS)).isTrue();
    assertThat(running.start(OPS)).isFalse();
    assertThat(running.finishOrRepeat(OPS)).isFalse();
  }

  @Test
  void releasingDropsTheTurnAndWhatWasAskedFor() {
    running.start(OPS);
    running.startOrAskAgain(OPS);

    running.release(OPS);

    assertThat(running.isRunning(OPS)).isFalse();
    assertThat(running.finishOrRepeat(OPS)).isFalse();
    assertThat(running.startOrAskAgain(OPS)).isTrue();
  }
}
