package io.hindsight.review.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The day a runbook was last looked at, and which source says so. */
public record LastReview(LocalDate date, LastReviewSource source) {

  public LastReview {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
  }

  /**
   * The first source that has a date: Hindsight's review records, else front matter {@code
   * last_reviewed}, else the index table's "Last Updated", else the last commit.
   */
  public static Optional<LastReview> pick(
      Optional<LocalDate> record,
      Optional<LocalDate> frontMatter,
      Optional<LocalDate> index,
      Optional<LocalDate> commit) {
    return record
        .map(date -> new LastReview(date, LastReviewSource.RECORD))
        .or(() -> frontMatter.map(date -> new LastReview(date, LastReviewSource.FRONT_MATTER)))
        .or(() -> index.map(date -> new LastReview(date, LastReviewSource.INDEX)))
        .or(() -> commit.map(date -> new LastReview(date, LastReviewSource.COMMIT)));
  }
}
