package io.hindsight.incident.domain;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A runbook the responders used during an incident. */
@Entity
@Table(name = "incident_runbook")
public class RunbookLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Embedded private RunbookRef runbook;

  @Column(name = "linked_by", nullable = false, length = 64, updatable = false)
  private Username linkedBy;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private Instant linkedAt;

  protected RunbookLink() {}

  public RunbookLink(Incident incident, RunbookRef runbook, Username linkedBy, Instant linkedAt) {
    this.incidentId = incident.id();
    this.runbook = Objects.requireNonNull(runbook, "runbook");
    this.linkedBy = linkedBy;
    this.linkedAt = linkedAt;
  }

  public RunbookRef runbook() {
    return runbook;
  }

  public RepositoryKey repository() {
    return runbook.repository();
  }

  public RunbookPath path() {
    return runbook.path();
  }

  public Username linkedBy() {
    return linkedBy;
  }

  public Instant linkedAt() {
    return linkedAt;
  }
}
