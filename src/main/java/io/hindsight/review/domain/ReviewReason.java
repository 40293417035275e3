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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason a runbook needs a review, with the fact that raised it (its source key, words and
 * link). Reasons stack on a queue item; a review clears every reason raised before it started.
 */
@Entity
@Table(name = "review_reason")
public class ReviewReason {

  public static final int MAX_LABEL = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private Long itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private ReasonKind kind;

  @Column(name = "source_key", nullable = false, length = 200, updatable = false)
  private String sourceKey;

  @Column(name = "label", nullable = false, length = MAX_LABEL, updatable = false)
  private String label;

  @Column(name = "link", length = 1000, updatable = false)
  private String link;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  @Column(name = "cleared_by")
  private Long clearedBy;

  protected ReviewReason() {}

  /**
   * @param sourceKey what raised it, unique per item and kind ({@code INC-2026-0042}, {@code
   *     feedback-12}): raising the same fact twice gives one reason
   */
  public ReviewReason(
      Long itemId,
      ReasonKind kind,
      String sourceKey,
      String label,
      Optional<String> link,
      Instant raisedAt) {
    this.itemId = Objects.requireNonNull(itemId, "itemId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sourceKey = Objects.requireNonNull(sourceKey, "sourceKey");
    this.label = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label;
    this.link = link.orElse(null);
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
    this.dueDate = kind.dueAfter(raisedAt.atZone(ZoneOffset.UTC).toLocalDate());
  }

  /** Clears this reason when it was raised before the review started; true when it did. */
  public boolean clearBy(Long reviewId, Instant reviewStarted, Instant now) {
    if (clearedAt != null || !raisedAt.isBefore(reviewStarted)) {
      return false;
    }
    clearedAt = now;
    clearedBy = reviewId;
    return true;
  }

  /**
   * Clears this reason because a change request that answers it was merged: the runbook changed as
   * the review asked, so the item no longer waits for that change (no review cleared it).
   */
  public boolean clearByMergedChange(Instant now) {
    if (clearedAt != null) {
      return false;
    }
    clearedAt = now;
    return true;
  }

  public boolean isOpen() {
    return clearedAt == null;
  }

  public Long id() {
    return id;
  }

  public Long itemId() {
    return itemId;
  }

  public ReasonKind kind() {
    return kind;
  }

  public String sourceKey() {
    return sourceKey;
  }

  public String label() {
    return label;
  }

  public Optional<String> link() {
    return Optional.ofNullable(link);
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Optional<Instant> clearedAt() {
    return Optional.ofNullable(clearedAt);
  }

  public Optional<Long> clearedBy() {
    return Optional.ofNullable(clearedBy);
  }
}
