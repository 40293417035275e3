package io.hindsight.postmortem.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One measured duration against its target. {@code elapsed} is empty while the step has not
 * happened; such a step is breached once its target has passed without it.
 */
public record SlaFact(
    SlaMeasure measure, Optional<Duration> elapsed, Optional<Duration> target, boolean breached) {

  public SlaFact {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(target, "target");
  }
}
