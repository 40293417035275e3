package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.SlaState;
import io.hindsight.security.domain.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** An incident as the API shows it; {@code escalation} only when one incident is read. */
public record IncidentView(
    String key,
    String title,
    String severity,
    String category,
    boolean restricted,
    String status,
    boolean open,
    List<String> services,
    Instant startedAt,
    Instant detectedAt,
    Instant declaredAt,
    Instant acknowledgedAt,
    Instant mitigatedAt,
    Instant resolvedAt,
    String declaredBy,
    String commander,
    String scribe,
    String liaison,
    int policyVersion,
    long version,
    Sla sla,
    List<Escalation> escalation) {

  /**
   * The SLA clock; durations in seconds, times to acknowledge, mitigate and resolve from detection,
   * the duration from the start.
   */
  public record Sla(
      long responseTargetMinutes,
      Instant acknowledgeDueAt,
      Long timeToAcknowledgeSeconds,
      boolean breached,
      Long timeToMitigateSeconds,
      Long timeToResolveSeconds,
      Long durationSeconds,
      Instant statusUpdateDueAt,
      boolean statusUpdateOverdue) {

    static Sla of(SlaState state) {
      return new Sla(
          state.responseTarget().toMinutes(),
          state.acknowledgeDueAt(),
          state.timeToAcknowledge().map(Duration::toSeconds).orElse(null),
          state.acknowledgeBreached(),
          state.timeToMitigate().map(Duration::toSeconds).orElse(null),
          state.timeToResolve().map(Duration::toSeconds).orElse(null),
          state.duration().map(Duration::toSeconds).orElse(null),
          state.statusUpdateDueAt().orElse(null),
          state.statusUpdateOverdue());
    }
  }

  /**
   * Who must be told and why; {@code escalatedAt} once the step was carried out, and then each of
   * its messages with its real delivery state.
   */
  public record Escalation(
      String rule,
      String role,
      String reason,
      Instant escalatedAt,
      List<String> contacts,
      List<Message> messages) {

    static Escalation of(EscalationStatus status) {
      return new Escalation(
          status.rule().name(),
          status.rule().role().name(),
          status.rule().reason(),
          status.escalatedAt().orElse(null),
          status.contacts(),
          status.deliveries().stream()
              .map(d -> new Message(d.channel(), d.recipient(), d.state(), d.attempts()))
              .toList());
    }
  }

  /** One message of an escalation step: queued, sending, sent, failed, dead or discarded. */
  public record Message(String channel, String recipient, String state, int attempts) {}

  static IncidentView of(Incident i, SlaState sla, List<EscalationStatus> escalation) {
    return new IncidentView(
        i.key().value(),
        i.title().value(),
        i.severity().name(),
        i.category().name().toLowerCase(Locale.ROOT),
        i.restricted(),
        i.status().name().toLowerCase(Locale.ROOT),
        i.status().isOpen(),
        i.services().stream().map(ServiceName::value).toList(),
        i.startedAt(),
        i.detectedAt(),
        i.declaredAt(),
        i.lifecycle().acknowledgedAt().orElse(null),
        i.lifecycle().mitigatedAt().orElse(null),
        i.lifecycle().resolvedAt().orElse(null),
        i.declaredBy().value(),
        i.roles().commander().map(Username::value).orElse(null),
        i.roles().scribe().map(Username::value).orElse(null),
        i.roles().liaison().map(Username::value).orElse(null),
        i.policyVersion(),
        i.version(),
        Sla.of(sla),
        escalation == null ? null : escalation.stream().map(Escalation::of).toList());
  }
}
