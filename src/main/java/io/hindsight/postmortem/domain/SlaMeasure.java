package io.hindsight.postmortem.domain;

import java.time.Instant;
import java.util.Optional;

/** What the SLA facts measure, and between which two moments. */
public enum SlaMeasure {
  /** From the start to detection. */
  DETECT,
  /** From detection to acknowledgement by a responder. */
  ACKNOWLEDGE,
  /** From the start to mitigation, when the impact stopped. */
  MITIGATE,
  /** From the start to resolution. */
  RESOLVE;

  Optional<Instant> from(IncidentTimestamps times) {
    return this == ACKNOWLEDGE ? times.detected() : Optional.of(times.started());
  }

  Optional<Instant> to(IncidentTimestamps times) {
    return switch (this) {
      case DETECT -> times.detected();
      case ACKNOWLEDGE -> times.acknowledged();
      case MITIGATE -> times.mitigated();
      case RESOLVE -> times.resolved();
    };
  }
}
