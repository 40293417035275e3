package io.hindsight.incident.domain;

import io.hindsight.security.domain.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One version of the severity policy as stored. Versions are written once and never changed. */
@Entity
@Table(name = "severity_policy")
public class StoredSeverityPolicy {

  @Id
  @Column(name = "version", nullable = false, updatable = false)
  private int version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", length = 64, updatable = false)
  private Username createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "severity_definition", joinColumns = @JoinColumn(name = "policy_version"))
  private List<StoredSeverityDefinition> definitions = new ArrayList<>();

  protected StoredSeverityPolicy() {}

  public StoredSeverityPolicy(SeverityPolicy policy, Username createdBy, Instant createdAt) {
    this.version = policy.version();
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    policy.definitions().forEach(d -> definitions.add(new StoredSeverityDefinition(d)));
  }

  public SeverityPolicy policy() {
    return new SeverityPolicy(
        version, definitions.stream().map(StoredSeverityDefinition::definition).toList());
  }

  public int version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
