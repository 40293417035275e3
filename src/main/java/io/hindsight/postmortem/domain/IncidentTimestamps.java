package io.hindsight.postmortem.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an incident started, was detected, acknowledged, mitigated and resolved; only start is
 * required.
 */
public final class IncidentTimestamps {

  private final Instant started;
  private final Instant detected;
  private final Instant acknowledged;
  private final Instant mitigated;
  private final Instant resolved;

  private IncidentTimestamps(
      Instant started,
      Instant detected,
      Instant acknowledged,
      Instant mitigated,
      Instant resolved) {
    this.started = Objects.requireNonNull(started, "started");
    this.detected = detected;
    this.acknowledged = acknowledged;
    this.mitigated = mitigated;
    this.resolved = resolved;
    notBefore(detected, started, "detected", "it started");
    notBefore(acknowledged, started, "acknowledged", "it started");
    notBefore(acknowledged, detected, "acknowledged", "it was detected");
    notBefore(mitigated, started, "mitigated", "it started");
    notBefore(resolved, started, "resolved", "it started");
    notBefore(resolved, mitigated, "resolved", "it was mitigated");
  }

  /** Any of the later timestamps may be null when that step has not happened (yet). */
  public static IncidentTimestamps of(
      Instant started,
      Instant detected,
      Instant acknowledged,
      Instant mitigated,
      Instant resolved) {
    return new IncidentTimestamps(started, detected, acknowledged, mitigated, resolved);
  }

  public Instant started() {
    return started;
  }

  public Optional<Instant> detected() {
    return Optional.ofNullable(detected);
  }

  public Optional<Instant> acknowledged() {
    return Optional.ofNullable(acknowledged);
  }

  public Optional<Instant> mitigated() {
    return Optional.ofNullable(mitigated);
  }

  public Optional<Instant> resolved() {
    return Optional.ofNullable(resolved);
  }

  private static void notBefore(Instant later, Instant earlier, String step, String reference) {
    if (later != null && earlier != null && later.isBefore(earlier)) {
      throw new IllegalArgumentException(
          "An incident cannot be " + step + " before " + reference + ".");
    }
  }
}
