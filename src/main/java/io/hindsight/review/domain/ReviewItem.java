package io.hindsight.review.domain;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A runbook's place in the review queue: one per runbook, kept up to date from the runbook index,
 * its reasons and its reviews, so that the queue is one indexed query however large the catalog.
 */
@Entity
@Table(name = "review_item")
public class ReviewItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private RunbookRef runbook;

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "owner", length = 200)
  private String owner;

  @Column(name = "assignee", length = 64)
  private Username assignee;

  @Column(name = "assigned_by_hand", nullable = false)
  private boolean assignedByHand;

  @Column(name = "severity_rank", nullable = false)
  private int severityRank;

  @Column(name = "review_interval", length = 100)
  private String reviewInterval;

  @Column(name = "last_review_date")
  private LocalDate lastReviewDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "last_review_source", length = 20)
  private LastReviewSource lastReviewSource;

  @Column(name = "recorded_review_date")
  private LocalDate recordedReviewDate;

  @Column(name = "reviewed_commit", length = 40)
  private String reviewedCommit;

  @Column(name = "head_commit", length = 40)
  private String headCommit;

  @Column(name = "calendar_due", nullable = false)
  private LocalDate calendarDue;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "open_reasons", nullable = false)
  private int openReasons;

  @Column(name = "retired", nullable = false)
  private boolean retired;

  @Column(name = "gone", nullable = false)
  private boolean gone;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ReviewItem() {}

  public ReviewItem(RunbookRef runbook, LocalDate today) {
    this.runbook = Objects.requireNonNull(runbook, "runbook");
    this.title = runbook.path().value();
    this.calendarDue = today;
    this.dueDate = today;
  }

  /** Takes what the index says now; the default assignee follows the owner unless set by hand. */
  public void describe(RunbookFacts facts, Predicate<Username> isUser) {
    title = cut(facts.title(), 1000);
    owner = facts.owner().map(value -> cut(value, 200)).orElse(null);
    severityRank = facts.severityRank();
    reviewInterval = facts.interval().map(value -> cut(value.text(), 100)).orElse(null);
    headCommit = facts.headCommit().orElse(null);
    gone = false;
    if (!assignedByHand) {
      assignee = DefaultAssignee.of(facts.owner(), isUser).orElse(null);
    }
  }

  /**
   * Works out the last review and the due date from the facts and the reasons still open: the
   * earlier of the calendar due date and each open reason's due date.
   */
  public void schedule(RunbookFacts facts, Collection<ReviewReason> reasons, LocalDate today) {
    Optional<LastReview> last =
        LastReview.pick(
            Optional.ofNullable(recordedReviewDate),
            facts.frontMatterReviewed(),
            facts.indexUpdated(),
            facts.lastCommitDate());
    lastReviewDate = last.map(LastReview::date).orElse(null);
    lastReviewSource = last.map(LastReview::source).orElse(null);
    calendarDue = ReviewCalendar.due(last, facts.interval(), today);
    LocalDate due = calendarDue;
    int open = 0;
    for (ReviewReason reason : reasons) {
      if (reason.isOpen()) {
        open++;
        due = reason.dueDate().isBefore(due) ? reason.dueDate() : due;
      }
    }
    dueDate = due;
    openReasons = open;
  }

  /** Records a review done: its day becomes the last review, its commit the one reviewed. */
  public void reviewed(RunbookReview review) {
    recordedReviewDate = review.reviewedOn();
    reviewedCommit = review.commit().orElse(null);
    retired = review.outcome() == ReviewOutcome.RETIRED;
  }

  public void assign(Optional<Username> who) {
    assignee = who.orElse(null);
    assignedByHand = true;
  }

  /** The runbook left the index (deleted or moved); its records stay, the queue forgets it. */
  public void gone() {
    gone = true;
  }

  /** Whether the runbook changed after the commit last reviewed. */
  public boolean changedSinceReview() {
    return reviewedCommit != null && headCommit != null && !reviewedCommit.equals(headCommit);
  }

  public DueState state(LocalDate today) {
    return DueState.of(dueDate, today);
  }

  private static String cut(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }

  public Long id() {
    return id;
  }

  public RunbookRef runbook() {
    return runbook;
  }

  public RepositoryKey repository() {
    return runbook.repository();
  }

  public RunbookPath path() {
    return runbook.path();
  }

  public String title() {
    return title;
  }

  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  public Optional<Username> assignee() {
    return Optional.ofNullable(assignee);
  }

  public int severityRank() {
    return severityRank;
  }

  public Optional<String> reviewInterval() {
    return Optional.ofNullable(reviewInterval);
  }

  public Optional<LastReview> lastReview() {
    return lastReviewDate == null
        ? Optional.empty()
        : Optional.of(new LastReview(lastReviewDate, lastReviewSource));
  }

  public Optional<String> reviewedCommit() {
    return Optional.ofNullable(reviewedCommit);
  }

  public Optional<String> headCommit() {
    return Optional.ofNullable(headCommit);
  }

  public LocalDate calendarDue() {
    return calendarDue;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public int openReasons() {
    return openReasons;
  }

  public boolean retired() {
    return retired;
  }

  public boolean isGone() {
    return gone;
  }

  public long version() {
    return version;
  }
}
