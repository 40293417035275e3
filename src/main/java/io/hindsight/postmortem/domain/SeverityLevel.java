package io.hindsight.postmortem.domain;

import java.time.Duration;

/**
 * Incident severity as post-mortems see it, P0 the most severe, with the default time to
 * acknowledge. Kept minimal until the incident feature's severity replaces it.
 */
public enum SeverityLevel {
  P0(Duration.ofMinutes(15)),
  P1(Duration.ofHours(1)),
  P2(Duration.ofHours(4)),
  P3(Duration.ofHours(24));

  private final Duration acknowledgeTarget;

  SeverityLevel(Duration acknowledgeTarget) {
    this.acknowledgeTarget = acknowledgeTarget;
  }

  public Duration defaultAcknowledgeTarget() {
    return acknowledgeTarget;
  }
}
