package io.hindsight.postmortem.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.postmortem.domain.IncidentTimestamps;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.SlaFacts;
import io.hindsight.postmortem.domain.SlaMeasure;
import io.hindsight.postmortem.domain.SlaTargets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a post-mortem knows from its incident: the incident itself, its SLA facts against the
 * acknowledgement target it had (the severity policy's response target, kept as it was when it was
 * met or breached), and its log with the entries the authors kept marked.
 */
public record IncidentFacts(Incident incident, SlaFacts sla, List<LoggedEntry> log) {

  /** One incident log entry and whether the post-mortem's timeline keeps it. */
  public record LoggedEntry(TimelineEntry entry, boolean kept) {}

  public static IncidentFacts of(
      Incident incident, List<TimelineEntry> entries, Postmortem postmortem, Instant now) {
    IncidentTimestamps times =
        IncidentTimestamps.of(
            incident.startedAt(),
            incident.detectedAt(),
            incident.lifecycle().acknowledgedAt().orElse(null),
            incident.lifecycle().mitigatedAt().orElse(null),
            incident.lifecycle().resolvedAt().orElse(null));
    SlaTargets targets =
        SlaTargets.none()
            .with(
                incident.severity(),
                SlaMeasure.ACKNOWLEDGE,
                Duration.between(incident.detectedAt(), incident.acknowledgeDueAt()));
    SlaFacts sla = SlaFacts.of(times, incident.severity(), targets, now);
    List<LoggedEntry> log =
        entries.stream()
            .map(entry -> new LoggedEntry(entry, !postmortem.hiddenEntries().contains(entry.id())))
            .toList();
    return new IncidentFacts(incident, sla, log);
  }

  public List<TimelineEntry> keptEntries() {
    return log.stream().filter(LoggedEntry::kept).map(LoggedEntry::entry).toList();
  }

  public Duration duration() {
    return Duration.between(
        incident.startedAt(), incident.lifecycle().resolvedAt().orElse(incident.startedAt()));
  }
}
