package io.hindsight.forge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.change.domain.ChangeState;
import org.junit.jupiter.api.Test;

class PullRequestPollingTest {

  @Test
  void aChangeFinishedInHindsightNeedsNoQuestionToTheForge() {
    assertThat(PullRequestPolling.settledBy(ChangeState.MERGED)).contains(PullRequestState.MERGED);
    assertThat(PullRequestPolling.settledBy(ChangeState.CLOSED)).contains(PullRequestState.CLOSED);
    for (ChangeState open :
        new ChangeState[] {
          ChangeState.DRAFT,
          ChangeState.IN_REVIEW,
          ChangeState.CHANGES_REQUESTED,
          ChangeState.APPROVED
        }) {
      assertThat(PullRequestPolling.settledBy(open)).as(open.word()).isEmpty();
    }
  }

  @Test
  void aBusyOrDownForgeIsAskedNothingMoreInThatRun() {
    assertThat(PullRequestPolling.forgeUnwell(429, false)).isTrue();
    assertThat(PullRequestPolling.forgeUnwell(403, true)).as("GitHub's secondary limit").isTrue();
    assertThat(PullRequestPolling.forgeUnwell(502, false)).isTrue();
    assertThat(PullRequestPolling.forgeUnwell(0, false)).as("unreachable").isTrue();
    assertThat(PullRequestPolling.forgeUnwell(404, false)).isFalse();
    assertThat(PullRequestPolling.forgeUnwell(401, false)).isFalse();
  }

  @Test
  void aDeletedPullRequestIsNotedInWordsTheAdminCanActOn() {
    assertThat(PullRequestPolling.note(ForgeKind.GITLAB, 4, 404, "GitLab does not know"))
        .isEqualTo(
            "Pull request #4 is gone from GitLab (HTTP 404): it was deleted there, or the token"
                + " can no longer see the project. Submit the change request again to open a new"
                + " one, or close it in Hindsight.");
    assertThat(
            PullRequestPolling.note(
                ForgeKind.GITHUB, 7, 401, "GitHub refused the token (HTTP 401)."))
        .isEqualTo(
            "Hindsight could not check pull request #7: GitHub refused the token (HTTP 401).");
  }
}
