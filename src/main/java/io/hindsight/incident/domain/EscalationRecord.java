package io.hindsight.incident.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That an escalation rule fired for an incident, and when. Each rule fires once per incident. */
@Entity
@Table(name = "incident_escalation")
public class EscalationRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_name", nullable = false, length = 30, updatable = false)
  private EscalationRule rule;

  @Column(name = "escalated_at", nullable = false, updatable = false)
  private Instant escalatedAt;

  protected EscalationRecord() {}

  public EscalationRecord(Incident incident, EscalationRule rule, Instant escalatedAt) {
    this.incidentId = incident.id();
    this.rule = rule;
    this.escalatedAt = escalatedAt;
  }

  public EscalationRule rule() {
    return rule;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }
}
