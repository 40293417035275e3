package io.hindsight.incident.domain;

import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an incident. Its content is stored by its SHA-256 and never changes. */
@Entity
@Table(name = "incident_evidence")
public class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Column(name = "file_name", nullable = false, length = 255, updatable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_type", nullable = false, length = 30, updatable = false)
  private EvidenceType type;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
  private Username uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected Evidence() {}

  public Evidence(
      Incident incident,
      EvidenceFileName fileName,
      EvidenceType type,
      long sizeBytes,
      Sha256 sha256,
      Username uploadedBy,
      Instant uploadedAt) {
    this.incidentId = incident.id();
    this.fileName = fileName.value();
    this.type = type;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256.hex();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public Long incidentId() {
    return incidentId;
  }

  public EvidenceFileName fileName() {
    return new EvidenceFileName(fileName);
  }

  public EvidenceType type() {
    return type;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Sha256 sha256() {
    return new Sha256(sha256);
  }

  public Username uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
