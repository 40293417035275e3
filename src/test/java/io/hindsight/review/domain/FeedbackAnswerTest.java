package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.review.domain.FeedbackAnswer.FeedbackState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackAnswerTest {

  @Test
  void needsChangeAcceptsTheFeedback() {
    assertThat(FeedbackAnswer.of(ReviewOutcome.NEEDS_CHANGE, false, Optional.empty()))
        .map(FeedbackAnswer::state)
        .contains(FeedbackState.ACCEPTED);
  }

  @Test
  void stillAccurateAfterAChangeMarksItFixed() {
    assertThat(FeedbackAnswer.of(ReviewOutcome.STILL_ACCURATE, true, Optional.empty()))
        .map(FeedbackAnswer::state)
        .contains(FeedbackState.FIXED);
  }

  @Test
  void stillAccurateWithoutAChangeRejectsItAndNeedsTheReason() {
    assertThat(FeedbackAnswer.of(ReviewOutcome.STILL_ACCURATE, false, Optional.empty())).isEmpty();
    assertThat(FeedbackAnswer.of(ReviewOutcome.STILL_ACCURATE, false, Optional.of("  "))).isEmpty();
    assertThat(FeedbackAnswer.of(ReviewOutcome.STILL_ACCURATE, false, Optional.of("Step is right")))
        .contains(new FeedbackAnswer(FeedbackState.REJECTED, Optional.of("Step is right")));
  }

  @Test
  void aMergedChangeMarksItFixedAndIsNoReviewersChoice() {
    assertThat(FeedbackAnswer.of(ReviewOutcome.CHANGED, false, Optional.empty()))
        .map(FeedbackAnswer::state)
        .contains(FeedbackState.FIXED);
    assertThat(ReviewOutcome.CHANGED.submittable()).isFalse();
    assertThat(ReviewOutcome.NEEDS_CHANGE.submittable()).isTrue();
    assertThat(ReviewOutcome.CHANGED.keepsItDue()).isFalse();
  }

  @Test
  void retiringRejectsItAsRetired() {
    assertThat(FeedbackAnswer.of(ReviewOutcome.RETIRED, false, Optional.empty()))
        .map(FeedbackAnswer::state)
        .contains(FeedbackState.REJECTED);
  }

  @Test
  void feedbackStatesAreReadInAnyCaseAndNothingElseIsOne() {
    assertThat(FeedbackState.parse("open")).contains(FeedbackState.OPEN);
    assertThat(FeedbackState.parse(" FIXED ")).contains(FeedbackState.FIXED);
    assertThat(FeedbackState.parse("Accepted")).contains(FeedbackState.ACCEPTED);
    assertThat(FeedbackState.parse("acting")).isEmpty();
    assertThat(FeedbackState.parse("declined")).isEmpty();
    assertThat(FeedbackState.parse("")).isEmpty();
    assertThat(FeedbackState.parse(null)).isEmpty();
    assertThat(FeedbackState.REJECTED.code()).isEqualTo("rejected");
  }
}
