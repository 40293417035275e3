package io.hindsight.review.domain;

import java.util.Optional;

/**
 * How a review answers the runbook's open feedback: "needs change" accepts it; "still accurate"
 * marks it fixed when the runbook changed after the feedback was raised, else rejects it with the
 * reviewer's notes as the reason (so notes are required then); "retire" rejects it as retired.
 */
public record FeedbackAnswer(FeedbackState state, Optional<String> reason) {

  /** The states feedback moves to; {@code OPEN} is where it starts. */
  public enum FeedbackState {
    OPEN,
    ACCEPTED,
    REJECTED,
    FIXED;

    /** {@code open} or {@code OPEN}; empty for any other word. */
    public static Optional<FeedbackState> parse(String raw) {
      if (raw == null) {
        return Optional.empty();
      }
      String name = raw.strip().toUpperCase(java.util.Locale.ROOT);
      for (FeedbackState state : values()) {
        if (state.name().equals(name)) {
          return Optional.of(state);
        }
      }
      return Optional.empty();
    }

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Empty when the answer needs a reason the review did not give. */
  public static Optional<FeedbackAnswer> of(
      ReviewOutcome outcome, boolean changedSinceFeedback, Optional<String> notes) {
    return switch (outcome) {
      case NEEDS_CHANGE -> Optional.of(new FeedbackAnswer(FeedbackState.ACCEPTED, notes));
      case CHANGED -> Optional.of(new FeedbackAnswer(FeedbackState.FIXED, notes));
      case RETIRED ->
          Optional.of(
              new FeedbackAnswer(FeedbackState.REJECTED, Optional.of("The runbook was retired.")));
      case STILL_ACCURATE ->
          changedSinceFeedback
              ? Optional.of(new FeedbackAnswer(FeedbackState.FIXED, notes))
              : notes
                  .filter(n -> !n.isBlank())
                  .map(n -> new FeedbackAnswer(FeedbackState.REJECTED, Optional.of(n)));
    };
  }
}
