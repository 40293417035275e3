package io.hindsight.security.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a new API token lives: every token expires. Without a choice it lives {@value
 * #DEFAULT_DAYS} days (or the maximum, if shorter); a choice must be between one day and the
 * operator's maximum ({@code hindsight.tokens.max-days}, 365 by default).
 */
public record TokenLifetime(int maxDays) {

  public static final int DEFAULT_DAYS = 90;
  public static final int DEFAULT_MAX_DAYS = 365;

  public TokenLifetime {
    if (maxDays < 1) {
      throw new IllegalArgumentException("maxDays must be positive: " + maxDays);
    }
  }

  public Duration of(Optional<Integer> days) {
    if (days.isEmpty()) {
      return Duration.ofDays(Math.min(DEFAULT_DAYS, maxDays));
    }
    int chosen = days.get();
    if (chosen < 1 || chosen > maxDays) {
      throw FieldRefused.field("expiresInDays", "must be between 1 and " + maxDays);
    }
    return Duration.ofDays(chosen);
  }
}
