package io.hindsight.security.domain;

import java.time.Duration;
import java.time.Instant;

/** How long audit entries are kept: entries recorded before {@link #cutoff} are purged. */
public record AuditRetention(int days) {

  public static final int DEFAULT_DAYS = 400;

  public AuditRetention {
    if (days < 1 || days > 36_500) {
      throw new IllegalArgumentException(
          "The audit retention must be 1 to 36500 days, not " + days + ".");
    }
  }

  /** The oldest moment still kept at {@code now}. */
  public Instant cutoff(Instant now) {
    return now.minus(Duration.ofDays(days));
  }
}
