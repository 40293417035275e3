package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CloneStateTest {

  @Test
  void aNodeWithoutAClonePlacesAFirstCloneAndAsksToRetry() {
    CloneState state = CloneState.of(false, false, false);

    assertThat(state).isEqualTo(CloneState.MISSING);
    assertThat(state.needsFetch()).isTrue();
    assertThat(state.answer()).isEqualTo(CloneAnswer.RETRY_LATER);
  }

  @Test
  void anEmptyCloneLeftByAnInterruptedFirstFetchIsStillMissing() {
    assertThat(CloneState.of(true, false, false)).isEqualTo(CloneState.MISSING);
  }

  @Test
  void aCloneBehindTheIndexFetchesAndServesItsLastCommitMeanwhile() {
    CloneState state = CloneState.of(true, false, true);

    assertThat(state).isEqualTo(CloneState.BEHIND);
    assertThat(state.needsFetch()).isTrue();
    assertThat(state.answer()).isEqualTo(CloneAnswer.SERVE_LAST_FETCHED);
  }

  @Test
  void aCloneHoldingTheIndexedCommitButNoBranchYetIsBehind() {
    assertThat(CloneState.of(true, true, false)).isEqualTo(CloneState.BEHIND);
  }

  @Test
  void aCloneHoldingTheIndexedCommitServesWithoutFetching() {
    CloneState state = CloneState.of(true, true, true);

    assertThat(state).isEqualTo(CloneState.CURRENT);
    assertThat(state.needsFetch()).isFalse();
    assertThat(state.answer()).isEqualTo(CloneAnswer.SERVE);
  }
}
