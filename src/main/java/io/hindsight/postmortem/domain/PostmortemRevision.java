package io.hindsight.postmortem.domain;

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
import java.util.Optional;

/** One saved state of a post-mortem, kept as its Markdown document; never changed. */
@Entity
@Table(name = "postmortem_revision")
public class PostmortemRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "postmortem_id", nullable = false, updatable = false)
  private Long postmortemId;

  @Column(name = "revision_number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20, updatable = false)
  private PostmortemStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private Username createdBy;

  @Column(name = "reason", length = PostmortemWorkflow.MAX_TEXT_LENGTH, updatable = false)
  private String reason;

  @Column(name = "document", nullable = false, length = 1_000_000, updatable = false)
  private String document;

  protected PostmortemRevision() {}

  public static PostmortemRevision of(
      Postmortem postmortem, Optional<String> reason, String document) {
    PostmortemRevision revision = new PostmortemRevision();
    revision.postmortemId = postmortem.id();
    revision.number = postmortem.revision();
    revision.status = postmortem.status();
    revision.createdAt = postmortem.updatedAt();
    revision.createdBy = postmortem.updatedBy();
    revision.reason = reason.map(String::strip).filter(r -> !r.isEmpty()).orElse(null);
    revision.document = document;
    return revision;
  }

  public int number() {
    return number;
  }

  public PostmortemStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Username createdBy() {
    return createdBy;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public String document() {
    return document;
  }
}
