package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Duration;
import java.time.Instant;

/** Checks on the times people report: none in the future, beyond a little clock skew. */
public final class IncidentTimes {

  /** How far a client's clock may run ahead of the server's. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  private IncidentTimes() {}

  public static Instant notInFuture(String field, Instant time, Instant now) {
    if (time.isAfter(now.plus(CLOCK_SKEW))) {
      throw FieldRefused.field(field, "must not be in the future");
    }
    return time;
  }

  public static void notBefore(String field, Instant time, String otherField, Instant other) {
    if (other != null && time.isBefore(other)) {
      throw FieldRefused.field(field, "must not be before " + otherField);
    }
  }
}
