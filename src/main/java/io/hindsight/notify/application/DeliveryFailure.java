package io.hindsight.notify.application;

import java.time.Duration;
import java.util.Optional;

/**
 * A channel could not deliver a message; the message is tried again later, not before the
 * receiver's {@code Retry-After} when it gave one.
 */
public class DeliveryFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public DeliveryFailure(String message) {
    this(message, (Duration) null);
  }

  public DeliveryFailure(String message, Throwable cause) {
    super(message, cause);
    this.retryAfter = null;
  }

  /** A failure whose receiver said when to try again (a rate limit's or 503's Retry-After). */
  public DeliveryFailure(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
