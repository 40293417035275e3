package io.hindsight.change.domain;

import io.hindsight.platform.refusal.FieldRefused;
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
import java.util.Objects;

/**
 * A reviewer's word on a change request at one commit: a comment, an approval, or changes asked.
 */
@Entity
@Table(name = "change_request_comment")
public class ChangeComment {

  public static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_request_id", nullable = false, updatable = false)
  private Long changeRequestId;

  @Column(name = "author", nullable = false, length = 64, updatable = false)
  private Username author;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", nullable = false, length = 20, updatable = false)
  private ReviewVerdict verdict;

  @Column(name = "commit_id", nullable = false, length = 40, updatable = false)
  private String commit;

  @Column(name = "body", nullable = false, length = MAX_TEXT, updatable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ChangeComment() {}

  public ChangeComment(
      ChangeRequest change, Username author, ReviewVerdict verdict, String text, Instant now) {
    this.changeRequestId = Objects.requireNonNull(change.id(), "change id");
    this.author = Objects.requireNonNull(author, "author");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.commit = change.headCommit();
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty() && verdict != ReviewVerdict.APPROVE) {
      throw FieldRefused.field(
          "comment",
          verdict == ReviewVerdict.REQUEST_CHANGES
              ? "Say which changes are needed."
              : "The comment is empty.");
    }
    if (stripped.length() > MAX_TEXT) {
      throw FieldRefused.field("comment", "A comment has at most " + MAX_TEXT + " characters.");
    }
    this.text = stripped;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public Long changeRequestId() {
    return changeRequestId;
  }

  public Username author() {
    return author;
  }

  public ReviewVerdict verdict() {
    return verdict;
  }

  public String commit() {
    return commit;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
