package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.domain.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An incident and its lifecycle: declared, acknowledged, mitigated, resolved, and reopened. Its
 * times are checked against each other and against the clock; its responders (the declarer, the
 * people in a role, and everyone who wrote in its timeline) are the only non-admins who see it when
 * it is restricted.
 */
@Entity
@Table(name = "incident")
public class Incident {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_key", nullable = false, length = 20, updatable = false)
  private String key;

  @Column(name = "title", nullable = false, length = IncidentTitle.MAX_LENGTH)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "severity", nullable = false, length = 2)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 20)
  private IncidentCategory category;

  @Column(name = "restricted", nullable = false)
  private boolean restricted;

  @Embedded private Lifecycle lifecycle = new Lifecycle();

  @Column(name = "policy_version", nullable = false, updatable = false)
  private int policyVersion;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  @Column(name = "declared_at", nullable = false, updatable = false)
  private Instant declaredAt;

  @Column(name = "acknowledge_due_at", nullable = false)
  private Instant acknowledgeDueAt;

  @Column(name = "last_status_update_at")
  private Instant lastStatusUpdateAt;

  @Column(name = "declared_by", nullable = false, length = 64, updatable = false)
  private Username declaredBy;

  @Embedded private IncidentRoles roles = new IncidentRoles(null, null, null);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "incident_service", joinColumns = @JoinColumn(name = "incident_id"))
  @Column(name = "service", nullable = false, length = 64)
  private Set<String> services = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "incident_participant", joinColumns = @JoinColumn(name = "incident_id"))
  @Column(name = "username", nullable = false, length = 64)
  private Set<String> participants = new TreeSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Incident() {}

  public static Incident declare(
      IncidentKey key,
      Declaration declaration,
      SeverityPolicy policy,
      Username declaredBy,
      Instant now) {
    IncidentTimes.notInFuture("startedAt", declaration.startedAt(), now);
    IncidentTimes.notInFuture("detectedAt", declaration.detectedAt(), now);
    Incident incident = new Incident();
    incident.key = key.value();
    incident.title = declaration.title().value();
    incident.severity = declaration.severity();
    incident.category = declaration.category();
    incident.restricted = declaration.restricted();
    incident.policyVersion = policy.version();
    incident.startedAt = declaration.startedAt();
    incident.detectedAt = declaration.detectedAt();
    incident.declaredAt = now;
    incident.declaredBy = declaredBy;
    declaration.services().forEach(s -> incident.services.add(s.value()));
    incident.participants.add(declaredBy.value());
    incident.acknowledgeDueAt =
        declaration.detectedAt().plus(policy.definition(declaration.severity()).responseTarget());
    return incident;
  }

  public void acknowledge(Instant at, Instant now) {
    lifecycle.acknowledge(checkedStep("acknowledgedAt", at, now));
  }

  /** Mitigating an incident nobody acknowledged acknowledges it at the same time. */
  public void mitigate(Instant at, Instant now) {
    lifecycle.mitigate(checkedStep("mitigatedAt", at, now));
  }

  public void resolve(Instant at, Instant now) {
    lifecycle.resolve(checkedStep("resolvedAt", at, now));
  }

  public void reopen(Instant at, Instant now) {
    lifecycle.reopen(checkedStep("reopenedAt", at, now));
  }

  /** Time open since the start, leaving out the time it stood resolved before a reopening. */
  public Duration openTime(Instant now) {
    return lifecycle.openTime(startedAt, now);
  }

  /**
   * True when the severity changed. An acknowledgement target still pending at {@code now} follows
   * the new severity's {@code responseTarget}, counted from detection; a target already met or
   * breached stays as it was.
   */
  public boolean changeSeverity(Severity replacement, Duration responseTarget, Instant now) {
    if (replacement == severity) {
      return false;
    }
    severity = replacement;
    if (acknowledgeTargetPending(now)) {
      acknowledgeDueAt = detectedAt.plus(responseTarget);
    }
    return true;
  }

  /** Not acknowledged yet, and the acknowledgement target not passed at {@code now}. */
  private boolean acknowledgeTargetPending(Instant now) {
    return lifecycle.acknowledgedAt().isEmpty() && !now.isAfter(acknowledgeDueAt);
  }

  /** The descriptive fields; severity, times and roles have their own steps. */
  public void describe(
      IncidentTitle newTitle,
      IncidentCategory newCategory,
      boolean restrictedNow,
      Set<ServiceName> newServices) {
    title = newTitle.value();
    category = newCategory;
    restricted = restrictedNow;
    services.clear();
    newServices.forEach(s -> services.add(s.value()));
  }

  /** Corrects the start and detection; the response target in force moves with the detection. */
  public void retime(Instant started, Instant detected, Instant now) {
    IncidentTimes.notInFuture("startedAt", started, now);
    IncidentTimes.notInFuture("detectedAt", detected, now);
    IncidentTimes.notBefore("detectedAt", detected, "startedAt", started);
    if (lifecycle.firstStep().filter(detected::isAfter).isPresent()) {
      throw FieldRefused.field("detectedAt", "must not be after the incident was handled");
    }
    Duration responseTarget = Duration.between(detectedAt, acknowledgeDueAt);
    startedAt = started;
    detectedAt = detected;
    acknowledgeDueAt = detected.plus(responseTarget);
  }

  public void assignRoles(IncidentRoles replacement) {
    roles = replacement;
    replacement.people().forEach(this::addParticipant);
  }

  /** Someone who wrote in the timeline becomes a responder. */
  public void addParticipant(Username person) {
    participants.add(person.value());
  }

  public void statusUpdatePosted(Instant at) {
    if (lastStatusUpdateAt == null || at.isAfter(lastStatusUpdateAt)) {
      lastStatusUpdateAt = at;
    }
  }

  public boolean isVisibleTo(Username person, boolean admin) {
    return !restricted || admin || participants.contains(person.value());
  }

  private Instant checkedStep(String field, Instant at, Instant now) {
    IncidentTimes.notInFuture(field, at, now);
    IncidentTimes.notBefore(field, at, "detectedAt", detectedAt);
    return at;
  }

  public Long id() {
    return id;
  }

  public IncidentKey key() {
    return IncidentKey.parse(key).orElseThrow();
  }

  public IncidentTitle title() {
    return new IncidentTitle(title);
  }

  public Severity severity() {
    return severity;
  }

  public IncidentCategory category() {
    return category;
  }

  public boolean restricted() {
    return restricted;
  }

  public IncidentStatus status() {
    return lifecycle.status();
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public int policyVersion() {
    return policyVersion;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant detectedAt() {
    return detectedAt;
  }

  public Instant declaredAt() {
    return declaredAt;
  }

  public Instant acknowledgeDueAt() {
    return acknowledgeDueAt;
  }

  public Optional<Instant> lastStatusUpdateAt() {
    return Optional.ofNullable(lastStatusUpdateAt);
  }

  public Username declaredBy() {
    return declaredBy;
  }

  public IncidentRoles roles() {
    return roles == null ? new IncidentRoles(null, null, null) : roles;
  }

  public Set<ServiceName> services() {
    return services.stream()
        .map(ServiceName::new)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public Set<String> participants() {
    return Set.copyOf(participants);
  }

  public long version() {
    return version;
  }
}
