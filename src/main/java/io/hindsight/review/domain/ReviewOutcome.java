package io.hindsight.review.domain;

import java.util.Locale;
import java.util.Optional;

/** What a reviewer found. */
public enum ReviewOutcome {
  STILL_ACCURATE("still accurate"),
  NEEDS_CHANGE("needs change"),
  RETIRED("retired"),
  /** Recorded when a change request a "needs change" review asked for merged; never submitted. */
  CHANGED("changed");

  private final String words;

  ReviewOutcome(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /** {@code still_accurate}, {@code still-accurate} or {@code STILL_ACCURATE}; empty otherwise. */
  public static Optional<ReviewOutcome> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (ReviewOutcome outcome : values()) {
      if (outcome.name().equals(name)) {
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }

  /** Whether a reviewer may submit this outcome: "changed" only a merged change records. */
  public boolean submittable() {
    return this != CHANGED;
  }

  /** Whether the runbook stays due after this outcome (it still needs its change). */
  public boolean keepsItDue() {
    return this == NEEDS_CHANGE;
  }
}
