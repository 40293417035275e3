package io.hindsight.postmortem.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Target durations per severity and measure; a measure without a target is never breached. */
public final class SlaTargets {

  private final Map<SeverityLevel, Map<SlaMeasure, Duration>> targets;

  private SlaTargets(Map<SeverityLevel, Map<SlaMeasure, Duration>> targets) {
    this.targets = targets;
  }

  /** The severities' default acknowledge targets (P0 15 min, P1 1 h, P2 4 h, P3 24 h) only. */
  public static SlaTargets standard() {
    SlaTargets targets = new SlaTargets(new EnumMap<>(SeverityLevel.class));
    for (SeverityLevel severity : SeverityLevel.values()) {
      targets = targets.with(severity, SlaMeasure.ACKNOWLEDGE, severity.defaultAcknowledgeTarget());
    }
    return targets;
  }

  public static SlaTargets none() {
    return new SlaTargets(new EnumMap<>(SeverityLevel.class));
  }

  /** A copy with the target set. */
  public SlaTargets with(SeverityLevel severity, SlaMeasure measure, Duration target) {
    if (target == null || target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException("An SLA target must be a positive duration.");
    }
    Map<SeverityLevel, Map<SlaMeasure, Duration>> copy = new EnumMap<>(SeverityLevel.class);
    targets.forEach((level, measures) -> copy.put(level, new EnumMap<>(measures)));
    copy.computeIfAbsent(severity, level -> new EnumMap<>(SlaMeasure.class)).put(measure, target);
    return new SlaTargets(copy);
  }

  public Optional<Duration> target(SeverityLevel severity, SlaMeasure measure) {
    return Optional.ofNullable(targets.getOrDefault(severity, Map.of()).get(measure));
  }
}
