package io.hindsight.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A notification written in the same transaction as the change that causes it, for a delivery
 * worker to send. Its dedupe key is unique, so one effect is never queued twice.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  public static final String PENDING = "PENDING";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private String kind;

  @Column(name = "recipient", nullable = false, length = 320, updatable = false)
  private String recipient;

  @Column(name = "subject", nullable = false, length = 300, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, length = 10000, updatable = false)
  private String body;

  @Column(name = "dedupe_key", nullable = false, length = 200, updatable = false)
  private String dedupeKey;

  @Column(name = "state", nullable = false, length = 20)
  private String state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OutboxMessage() {}

  public OutboxMessage(
      OutboxKind kind,
      String recipient,
      String subject,
      String body,
      String dedupeKey,
      Instant createdAt) {
    this.kind = kind.name();
    this.recipient = recipient;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.body = body.length() > 10000 ? body.substring(0, 10000) : body;
    this.dedupeKey = dedupeKey;
    this.state = PENDING;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String dedupeKey() {
    return dedupeKey;
  }

  public String state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
