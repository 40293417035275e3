package io.hindsight.review.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A review done: who looked at which commit of a runbook, when, what they found and noted. */
@Entity
@Table(name = "runbook_review")
public class RunbookReview {

  public static final int MAX_NOTES = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private Long itemId;

  @Embedded private RunbookRef runbook;

  @Column(name = "reviewer", nullable = false, length = 64, updatable = false)
  private Username reviewer;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  private Instant reviewedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20, updatable = false)
  private ReviewOutcome outcome;

  @Column(name = "commit_id", length = 40, updatable = false)
  private String commit;

  @Column(name = "notes", length = MAX_NOTES, updatable = false)
  private String notes;

  protected RunbookReview() {}

  /**
   * @param startedAt when the reviewer opened the runbook: reasons raised after it stay open
   * @throws FieldRefused for notes too long or with control characters
   */
  public RunbookReview(
      ReviewItem item,
      Username reviewer,
      Instant startedAt,
      Instant reviewedAt,
      ReviewOutcome outcome,
      Optional<String> commit,
      Optional<String> notes) {
    this.itemId = item.id();
    this.runbook = item.runbook();
    this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
    this.reviewedAt = Objects.requireNonNull(reviewedAt, "reviewedAt");
    this.startedAt = startedAt.isAfter(reviewedAt) ? reviewedAt : startedAt;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.commit = commit.orElse(null);
    this.notes =
        notes.map(String::strip).filter(n -> !n.isEmpty()).map(RunbookReview::checked).orElse(null);
  }

  private static String checked(String notes) {
    if (notes.length() > MAX_NOTES) {
      throw FieldRefused.field("notes", "must be at most " + MAX_NOTES + " characters");
    }
    if (notes
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
      throw FieldRefused.field("notes", "must not hold control characters");
    }
    return notes;
  }

  public Long id() {
    return id;
  }

  public Long itemId() {
    return itemId;
  }

  public RunbookRef runbook() {
    return runbook;
  }

  public Username reviewer() {
    return reviewer;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public LocalDate reviewedOn() {
    return reviewedAt.atZone(ZoneOffset.UTC).toLocalDate();
  }

  public ReviewOutcome outcome() {
    return outcome;
  }

  public Optional<String> commit() {
    return Optional.ofNullable(commit);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }
}
