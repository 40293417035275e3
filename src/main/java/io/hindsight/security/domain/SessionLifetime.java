package io.hindsight.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a browser session lasts: {@code idle} after the person last did something (a page's
 * polling is not doing something), and never longer than {@code absolute} after signing in.
 */
public record SessionLifetime(Duration idle, Duration absolute) {

  public static final Duration DEFAULT_IDLE = Duration.ofHours(8);
  public static final Duration DEFAULT_ABSOLUTE = Duration.ofHours(24);

  public SessionLifetime {
    Objects.requireNonNull(idle, "idle");
    Objects.requireNonNull(absolute, "absolute");
    if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
      throw new IllegalArgumentException("session lifetimes must be positive");
    }
  }

  public boolean isOver(Instant signedInAt, Instant lastActiveAt, Instant now) {
    return !now.isBefore(signedInAt.plus(absolute)) || !now.isBefore(lastActiveAt.plus(idle));
  }
}
