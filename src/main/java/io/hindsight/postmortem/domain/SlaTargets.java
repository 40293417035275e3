package io.hindsight.postmortem.domain;

import io.hindsight.incident.domain.Severity;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Target durations per severity and measure; a measure without a target is never breached. */
public final class SlaTargets {

  private final Map<Severity, Map<SlaMeasure, Duration>> targets;

  private SlaTargets(Map<Severity, Map<SlaMeasure, Duration>> targets) {
    this.targets = targets;
  }

  /** The severities' default acknowledge targets (P0 15 min, P1 1 h, P2 4 h, P3 24 h) only. */
  public static SlaTargets standard() {
    return none()
        .with(Severity.P0, SlaMeasure.ACKNOWLEDGE, Duration.ofMinutes(15))
        .with(Severity.P1, SlaMeasure.ACKNOWLEDGE, Duration.ofHours(1))
        .with(Severity.P2, SlaMeasure.ACKNOWLEDGE, Duration.ofHours(4))
        .with(Severity.P3, SlaMeasure.ACKNOWLEDGE, Duration.ofHours(24));
  }

  public static SlaTargets none() {
    return new SlaTargets(new EnumMap<>(Severity.class));
  }

  /** A copy with the target set. */
  public SlaTargets with(Severity severity, SlaMeasure measure, Duration target) {
    if (target == null || target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException("An SLA target must be a positive duration.");
    }
    Map<Severity, Map<SlaMeasure, Duration>> copy = new EnumMap<>(Severity.class);
    targets.forEach((level, measures) -> copy.put(level, new EnumMap<>(measures)));
    copy.computeIfAbsent(severity, level -> new EnumMap<>(SlaMeasure.class)).put(measure, target);
    return new SlaTargets(copy);
  }

  public Optional<Duration> target(Severity severity, SlaMeasure measure) {
    return Optional.ofNullable(targets.getOrDefault(severity, Map.of()).get(measure));
  }
}
