package io.hindsight.postmortem.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What the SLA facts measure, and between which two moments. The response is measured from
 * detection, as on the incident page; the time before it is the time to detect, and start to
 * resolution is the incident's duration.
 */
public enum SlaMeasure {
  /** From the start to detection. */
  DETECT,
  /** From detection to acknowledgement by a responder. */
  ACKNOWLEDGE,
  /** From detection to mitigation, when the impact stopped. */
  MITIGATE,
  /** From detection to resolution. */
  RESOLVE;

  Optional<Instant> from(IncidentTimestamps times) {
    return this == DETECT ? Optional.of(times.started()) : times.detected();
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
