package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeAfterReviewTest {

  @Test
  void onlyANeedsChangeReviewAsksForAChangeRequest() {
    assertThat(
            ChangeAfterReview.of(
                12, ReviewOutcome.STILL_ACCURATE, "Restore", Optional.of("Swap the steps.")))
        .isEmpty();
    assertThat(ChangeAfterReview.of(12, ReviewOutcome.RETIRED, "Restore", Optional.empty()))
        .isEmpty();
    assertThat(ChangeAfterReview.of(12, ReviewOutcome.NEEDS_CHANGE, "Restore", Optional.empty()))
        .contains(new ChangeAfterReview(12, "Update Restore after review #12"));
  }

  @Test
  void theTitleIsTheRunbooksAndTheFirstLineOfTheNotesWithoutMarkdownMarks() {
    assertThat(
            ChangeAfterReview.of(
                    7,
                    ReviewOutcome.NEEDS_CHANGE,
                    "Database restore",
                    Optional.of("\n\n- Step 3 restores from the *old* bucket.\n- Also: RTO."))
                .map(ChangeAfterReview::title))
        .contains("Database restore: Step 3 restores from the *old* bucket.");
    assertThat(
            ChangeAfterReview.of(
                    7, ReviewOutcome.NEEDS_CHANGE, "Restore", Optional.of("## 2. Wrong order"))
                .map(ChangeAfterReview::title))
        .contains("Restore: 2. Wrong order");
    assertThat(
            ChangeAfterReview.of(
                    7, ReviewOutcome.NEEDS_CHANGE, "Restore", Optional.of("1) Swap\tsteps"))
                .map(ChangeAfterReview::title))
        .contains("Restore: Swap steps");
  }

  @Test
  void notesThatSayNothingGiveTheDefaultTitle() {
    assertThat(
            ChangeAfterReview.of(3, ReviewOutcome.NEEDS_CHANGE, "DNS", Optional.of(" \n - \n#"))
                .map(ChangeAfterReview::title))
        .contains("Update DNS after review #3");
  }

  @Test
  void aLongTitleIsCutToWhatAChangeRequestTakes() {
    String title =
        ChangeAfterReview.of(
                3, ReviewOutcome.NEEDS_CHANGE, "Queue backlog", Optional.of("word ".repeat(100)))
            .orElseThrow()
            .title();
    assertThat(title).hasSizeLessThanOrEqualTo(ChangeAfterReview.MAX_TITLE).endsWith("…");
    assertThat(title).startsWith("Queue backlog: word word");
  }

  @Test
  void aTitleWithLineBreaksBecomesOneLine() {
    assertThat(
            ChangeAfterReview.of(4, ReviewOutcome.NEEDS_CHANGE, "Disk\r\nfull", Optional.empty())
                .map(ChangeAfterReview::title))
        .contains("Update Disk full after review #4");
  }
}
