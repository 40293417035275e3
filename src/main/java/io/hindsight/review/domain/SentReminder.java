package io.hindsight.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder announced for an item and period; unique, so a second sweep announces nothing. */
@Entity
@Table(name = "review_reminder")
public class SentReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private Long itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private ReminderKind kind;

  @Column(name = "period", nullable = false, length = 20, updatable = false)
  private String period;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected SentReminder() {}

  public SentReminder(Long itemId, Reminder reminder, Instant sentAt) {
    this.itemId = itemId;
    this.kind = reminder.kind();
    this.period = reminder.period();
    this.sentAt = sentAt;
  }
}
