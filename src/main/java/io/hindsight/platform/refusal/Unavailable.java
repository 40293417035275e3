package io.hindsight.platform.refusal;

import java.time.Duration;

/**
 * Not now, shortly: this node is still preparing what the request needs (a first clone of a
 * repository, say). Answered 503 with a Retry-After of {@link #retryAfter()}.
 */
public final class Unavailable extends Refusal {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public Unavailable(String message, Duration retryAfter) {
    super(message);
    if (retryAfter.isNegative() || retryAfter.isZero()) {
      throw new IllegalArgumentException("Retry after a positive duration, not " + retryAfter);
    }
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** The Retry-After header's value: whole seconds, at least one. */
  public String retryAfterSeconds() {
    return Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
  }
}
