package io.hindsight.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One change on record: who made it, when, from which client address and over which door (page or
 * API), what it touched and the fields before and after, and why when the person said. Written once
 * in the transaction of the change and never updated; only the retention purge deletes entries.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int MAX_REASON = 2000;
  public static final int MAX_CHANGES = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "actor", nullable = false, length = 64, updatable = false)
  private String actor;

  @Column(name = "via", nullable = false, length = 10, updatable = false)
  private String via;

  @Column(name = "client_address", length = 45, updatable = false)
  private String clientAddress;

  @Column(name = "subject_kind", nullable = false, length = 40, updatable = false)
  private String subjectKind;

  @Column(name = "subject_id", nullable = false, length = AuditSubject.MAX_ID, updatable = false)
  private String subjectId;

  @Column(name = "action", nullable = false, length = 40, updatable = false)
  private String action;

  @Column(name = "changes", nullable = false, length = MAX_CHANGES, updatable = false)
  private String changes;

  @Column(name = "reason", length = MAX_REASON, updatable = false)
  private String reason;

  protected AuditEntry() {}

  public AuditEntry(
      Instant recordedAt,
      Username actor,
      AuditChannel via,
      Optional<String> clientAddress,
      AuditSubject subject,
      AuditAction action,
      FieldChanges changes,
      Optional<String> reason) {
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.actor = actor.value();
    this.via = via.spelling();
    this.clientAddress = clientAddress.map(a -> cut(a, 45)).orElse(null);
    this.subjectKind = subject.kind();
    this.subjectId = subject.id();
    this.action = action.name();
    this.changes = fitted(changes);
    this.reason =
        reason.filter(r -> !r.isBlank()).map(r -> cut(r.strip(), MAX_REASON)).orElse(null);
  }

  /** The changes as JSON, dropping the last fields (and saying so) when they would not fit. */
  private static String fitted(FieldChanges changes) {
    String json = changes.toJson();
    if (json.length() <= MAX_CHANGES) {
      return json;
    }
    var kept = new java.util.ArrayList<>(changes.list());
    while (!kept.isEmpty() && json.length() > MAX_CHANGES - 200) {
      kept.remove(kept.size() - 1);
      json = FieldChanges.of(kept.toArray(FieldChange[]::new)).toJson();
    }
    kept.add(FieldChange.of("(more fields)", null, "not recorded: too long"));
    return FieldChanges.of(kept.toArray(FieldChange[]::new)).toJson();
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  public long id() {
    return id;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Username actor() {
    return Username.of(actor);
  }

  public AuditChannel via() {
    return AuditChannel.parse(via).orElse(AuditChannel.PAGE);
  }

  public Optional<String> clientAddress() {
    return Optional.ofNullable(clientAddress);
  }

  public AuditSubject subject() {
    return new AuditSubject(subjectKind, subjectId);
  }

  public AuditAction action() {
    return new AuditAction(action);
  }

  public FieldChanges changes() {
    return FieldChanges.fromJson(changes);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }
}
