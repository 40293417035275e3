package io.hindsight.platform.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential backoff from {@code base}, doubled per attempt
 * up to {@code cap}, with "equal jitter" (half the delay fixed, the other half random) so that
 * messages failing together do not retry together. After {@code maxAttempts} there is no next
 * attempt: the message is dead.
 */
public record RetrySchedule(Duration base, Duration cap, int maxAttempts) {

  public RetrySchedule {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base must be positive: " + base);
    }
    if (cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("cap must be at least base: " + cap);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  /** The delay before the next try after {@code attemptsMade} failed attempts, without jitter. */
  public Duration delay(int attemptsMade) {
    Duration delay = base;
    for (int i = 1; i < attemptsMade && delay.compareTo(cap) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  /**
   * The time of the next try after {@code attemptsMade} failed attempts, or empty when that was the
   * last one; {@code random} in [0, 1) picks the jitter.
   */
  public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt, double random) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    if (random < 0 || random >= 1) {
      throw new IllegalArgumentException("random must be in [0, 1): " + random);
    }
    long millis = delay(attemptsMade).toMillis();
    long half = millis / 2;
    return Optional.of(failedAt.plusMillis(millis - half + (long) (half * random)));
  }
}
