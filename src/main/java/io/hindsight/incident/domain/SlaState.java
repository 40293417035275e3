package io.hindsight.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An incident against its severity's targets at one moment. Times to acknowledge, mitigate and
 * resolve count from detection; the duration of a resolved incident counts from its start. A status
 * update is due only for open incidents whose severity has a cadence.
 */
public record SlaState(
    Duration responseTarget,
    Instant acknowledgeDueAt,
    Optional<Duration> timeToAcknowledge,
    boolean acknowledgeBreached,
    Optional<Duration> timeToMitigate,
    Optional<Duration> timeToResolve,
    Optional<Duration> duration,
    Optional<Instant> statusUpdateDueAt,
    boolean statusUpdateOverdue) {

  public boolean breached() {
    return acknowledgeBreached;
  }
}
