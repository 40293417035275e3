package io.hindsight.postmortem.domain;

import io.hindsight.incident.domain.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Time to detect, acknowledge, mitigate and resolve an incident, each against the severity's
 * target. Meeting a target exactly is not a breach.
 */
public record SlaFacts(Severity severity, List<SlaFact> facts) {

  public SlaFacts {
    facts = List.copyOf(facts);
  }

  /**
   * @param asOf the moment of the calculation, for steps that have not happened yet
   */
  public static SlaFacts of(
      IncidentTimestamps times, Severity severity, SlaTargets targets, Instant asOf) {
    return new SlaFacts(
        severity,
        Arrays.stream(SlaMeasure.values())
            .map(measure -> fact(measure, times, targets.target(severity, measure), asOf))
            .toList());
  }

  private static SlaFact fact(
      SlaMeasure measure, IncidentTimestamps times, Optional<Duration> target, Instant asOf) {
    Optional<Instant> from = measure.from(times);
    Optional<Duration> elapsed =
        from.flatMap(start -> measure.to(times).map(end -> Duration.between(start, end)));
    Optional<Duration> soFar =
        elapsed.isPresent() ? elapsed : from.map(start -> Duration.between(start, asOf));
    boolean breached =
        target.isPresent() && soFar.filter(time -> time.compareTo(target.get()) > 0).isPresent();
    return new SlaFact(measure, elapsed, target, breached);
  }

  public SlaFact fact(SlaMeasure measure) {
    return facts.stream().filter(fact -> fact.measure() == measure).findFirst().orElseThrow();
  }

  public boolean anyBreached() {
    return facts.stream().anyMatch(SlaFact::breached);
  }
}
