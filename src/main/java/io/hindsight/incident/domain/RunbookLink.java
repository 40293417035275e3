package io.hindsight.incident.domain;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A runbook the responders used during an incident. */
@Entity
@Table(name = "incident_runbook")
public class RunbookLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Column(name = "repository", nullable = false, length = 40, updatable = false)
  private String repository;

  @Column(name = "path", nullable = false, length = RunbookPath.MAX_LENGTH, updatable = false)
  private String path;

  @Column(name = "linked_by", nullable = false, length = 64, updatable = false)
  private Username linkedBy;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private Instant linkedAt;

  protected RunbookLink() {}

  public RunbookLink(
      Incident incident,
      RepositoryKey repository,
      RunbookPath path,
      Username linkedBy,
      Instant linkedAt) {
    this.incidentId = incident.id();
    this.repository = repository.value();
    this.path = path.value();
    this.linkedBy = linkedBy;
    this.linkedAt = linkedAt;
  }

  public RepositoryKey repository() {
    return RepositoryKey.of(repository);
  }

  public RunbookPath path() {
    return RunbookPath.of(path);
  }

  public Username linkedBy() {
    return linkedBy;
  }

  public Instant linkedAt() {
    return linkedAt;
  }
}
