package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LastReviewTest {

  private static final Optional<LocalDate> RECORD = Optional.of(LocalDate.of(2026, 11, 1));
  private static final Optional<LocalDate> FRONT = Optional.of(LocalDate.of(2026, 10, 1));
  private static final Optional<LocalDate> INDEX = Optional.of(LocalDate.of(2026, 9, 1));
  private static final Optional<LocalDate> COMMIT = Optional.of(LocalDate.of(2026, 8, 1));
  private static final Optional<LocalDate> NONE = Optional.empty();

  @Test
  void aReviewRecordWinsOverEverySourceInTheRepository() {
    assertThat(LastReview.pick(RECORD, FRONT, INDEX, COMMIT))
        .contains(new LastReview(RECORD.get(), LastReviewSource.RECORD));
  }

  @Test
  void withoutARecordFrontMatterThenTheIndexTableThenTheLastCommitSay() {
    assertThat(LastReview.pick(NONE, FRONT, INDEX, COMMIT))
        .contains(new LastReview(FRONT.get(), LastReviewSource.FRONT_MATTER));
    assertThat(LastReview.pick(NONE, NONE, INDEX, COMMIT))
        .contains(new LastReview(INDEX.get(), LastReviewSource.INDEX));
    assertThat(LastReview.pick(NONE, NONE, NONE, COMMIT))
        .contains(new LastReview(COMMIT.get(), LastReviewSource.COMMIT));
    assertThat(LastReview.pick(NONE, NONE, NONE, NONE)).isEmpty();
  }
}
