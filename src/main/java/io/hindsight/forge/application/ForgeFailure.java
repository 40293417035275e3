package io.hindsight.forge.application;

import java.time.Duration;
import java.util.Optional;

/**
 * A forge call that did not succeed, in words for the admin who can fix it (never with the token);
 * {@code retryAfter} when the forge said when to try again.
 */
public class ForgeFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final Duration retryAfter;

  public ForgeFailure(String message, int status, Duration retryAfter) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public ForgeFailure(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.retryAfter = null;
  }

  /** The HTTP status the forge answered, or 0 when it could not be reached. */
  public int status() {
    return status;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
