package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.StateConflict;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Declared, acknowledged, mitigated, resolved: the steps of an incident and when each was taken. A
 * later step fills in the earlier ones nobody recorded, at its own time.
 */
@Embeddable
public class Lifecycle {

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private IncidentStatus status = IncidentStatus.DECLARED;

  /** 0 while open, 1 once resolved: the list's first sort key, in a column so an index holds it. */
  @Column(name = "list_rank", nullable = false)
  private int listRank;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "mitigated_at")
  private Instant mitigatedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  /** How long the incident stood resolved before it was reopened, over every reopening. */
  @Column(name = "time_resolved_millis", nullable = false)
  private long timeResolvedMillis;

  void acknowledge(Instant at) {
    if (status != IncidentStatus.DECLARED) {
      throw new StateConflict("The incident is " + word() + "; it cannot be acknowledged.");
    }
    acknowledgedAt = at;
    status = IncidentStatus.ACKNOWLEDGED;
  }

  void mitigate(Instant at) {
    if (status == IncidentStatus.MITIGATED || status == IncidentStatus.RESOLVED) {
      throw new StateConflict("The incident is already " + word() + ".");
    }
    IncidentTimes.notBefore("mitigatedAt", at, "acknowledgedAt", acknowledgedAt);
    acknowledgedAt = acknowledgedAt == null ? at : acknowledgedAt;
    mitigatedAt = at;
    status = IncidentStatus.MITIGATED;
  }

  void resolve(Instant at) {
    if (status == IncidentStatus.RESOLVED) {
      throw new StateConflict("The incident is already resolved.");
    }
    IncidentTimes.notBefore("resolvedAt", at, "acknowledgedAt", acknowledgedAt);
    IncidentTimes.notBefore("resolvedAt", at, "mitigatedAt", mitigatedAt);
    acknowledgedAt = acknowledgedAt == null ? at : acknowledgedAt;
    mitigatedAt = mitigatedAt == null ? at : mitigatedAt;
    resolvedAt = at;
    status = IncidentStatus.RESOLVED;
    listRank = 1;
  }

  /**
   * Back to acknowledged at {@code at}: the problem is back, so it is neither mitigated nor
   * resolved. The time it stood resolved does not count as open time.
   */
  void reopen(Instant at) {
    if (status != IncidentStatus.RESOLVED) {
      throw new StateConflict("Only a resolved incident can be reopened.");
    }
    IncidentTimes.notBefore("reopenedAt", at, "resolvedAt", resolvedAt);
    timeResolvedMillis += Duration.between(resolvedAt, at).toMillis();
    resolvedAt = null;
    mitigatedAt = null;
    status = IncidentStatus.ACKNOWLEDGED;
    listRank = 0;
  }

  /**
   * How long the incident has been open since {@code started}: until its resolution, or until
   * {@code now} while open, without the time it stood resolved before a reopening.
   */
  Duration openTime(Instant started, Instant now) {
    return Duration.between(started, resolvedAt().orElse(now)).minusMillis(timeResolvedMillis);
  }

  /** The first step taken after detection, which detection may not come after. */
  Optional<Instant> firstStep() {
    return acknowledgedAt().or(this::resolvedAt);
  }

  private String word() {
    return status.name().toLowerCase(Locale.ROOT);
  }

  public IncidentStatus status() {
    return status;
  }

  public Optional<Instant> acknowledgedAt() {
    return Optional.ofNullable(acknowledgedAt);
  }

  public Optional<Instant> mitigatedAt() {
    return Optional.ofNullable(mitigatedAt);
  }

  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }
}
