package io.hindsight.notify.domain;

import io.hindsight.platform.schedule.RetrySchedule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * One message to one recipient over one channel, written in the same transaction as the change that
 * causes it and delivered by the worker. Its idempotency key is unique, so one effect is queued
 * once; receivers get the key too (email {@code Message-ID}, webhook header).
 */
@Entity
@Table(name = "notification_message")
public class Notification {

  public static final int MAX_TITLE = 300;
  public static final int MAX_BODY = 10000;
  public static final int MAX_ERROR = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40, updatable = false)
  private NotificationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20, updatable = false)
  private Channel channel;

  @Column(name = "recipient", nullable = false, length = 320, updatable = false)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", nullable = false, length = 30, updatable = false)
  private SubjectType subjectType;

  @Column(name = "subject_ref", nullable = false, length = 100, updatable = false)
  private String subjectRef;

  @Column(name = "title", nullable = false, length = MAX_TITLE, updatable = false)
  private String title;

  @Column(name = "body", nullable = false, length = MAX_BODY, updatable = false)
  private String body;

  @Column(name = "link", length = 500, updatable = false)
  private String link;

  @Column(name = "idempotency_key", nullable = false, length = 200, updatable = false)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private DeliveryState state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Notification() {}

  public Notification(
      NotificationKind kind,
      Channel channel,
      String recipient,
      SubjectType subjectType,
      String subjectRef,
      String title,
      String body,
      String link,
      IdempotencyKey key,
      Instant createdAt) {
    this.kind = kind;
    this.channel = channel;
    this.recipient = recipient;
    this.subjectType = subjectType;
    this.subjectRef = subjectRef;
    this.title = cut(title, MAX_TITLE);
    this.body = cut(body, MAX_BODY);
    this.link = link;
    this.idempotencyKey = key.value();
    this.state = DeliveryState.PENDING;
    this.nextAttemptAt = createdAt;
    this.createdAt = createdAt;
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }

  /** A worker takes the message: one more attempt starts now. */
  public void claim(Instant now) {
    state = DeliveryState.SENDING;
    attempts++;
    claimedAt = now;
  }

  public void sent(Instant now) {
    state = DeliveryState.SENT;
    sentAt = now;
    lastError = null;
  }

  /** The attempt failed: tried again at the schedule's next time, or dead after the last one. */
  public void failed(String error, Instant now, RetrySchedule schedule, double random) {
    failed(error, now, schedule, random, Optional.empty());
  }

  /**
   * The attempt failed and the receiver asked not to be tried before {@code notBefore} (its
   * Retry-After): the next try is the later of that and the schedule's.
   */
  public void failed(
      String error,
      Instant now,
      RetrySchedule schedule,
      double random,
      Optional<Instant> notBefore) {
    lastError = error == null ? "unknown error" : cut(error, MAX_ERROR);
    Optional<Instant> next = schedule.nextAttempt(attempts, now, random);
    if (next.isPresent()) {
      state = DeliveryState.FAILED;
      Instant scheduled = next.get();
      nextAttemptAt = notBefore.filter(asked -> asked.isAfter(scheduled)).orElse(scheduled);
    } else {
      state = DeliveryState.DEAD;
    }
  }

  /** An admin asks for one more try now; the attempts made so far stay counted. */
  public void retryNow(Instant now) {
    state = DeliveryState.PENDING;
    nextAttemptAt = now;
  }

  /** Holds a new email for the daily digest instead of sending it. */
  public void hold() {
    if (state != DeliveryState.PENDING || attempts != 0) {
      throw new IllegalStateException("only a new message can be held for a digest");
    }
    state = DeliveryState.HELD;
  }

  /** A held email went out in the digest queued at {@code now}. */
  public void digested(Instant now) {
    if (state == DeliveryState.HELD) {
      state = DeliveryState.DIGESTED;
      sentAt = now;
    }
  }

  public void discard() {
    state = DeliveryState.DISCARDED;
  }

  public Long id() {
    return id;
  }

  public NotificationKind kind() {
    return kind;
  }

  public Channel channel() {
    return channel;
  }

  public String recipient() {
    return recipient;
  }

  public SubjectType subjectType() {
    return subjectType;
  }

  public String subjectRef() {
    return subjectRef;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Optional<String> link() {
    return Optional.ofNullable(link);
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public DeliveryState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
