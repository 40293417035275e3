package io.hindsight.runbook.git;

import java.io.IOException;

/** A pack being received is over its size or object limit; reading it stops. */
final class PackLimitExceededException extends IOException {

  private static final long serialVersionUID = 1L;

  PackLimitExceededException(String message) {
    super(message);
  }
}
