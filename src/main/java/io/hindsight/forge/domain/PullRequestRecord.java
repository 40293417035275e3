package io.hindsight.forge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The pull request that carries one change request: its number and address on the forge, its state,
 * the commit last pushed to its branch (the lease of the next push), and what the forge refused on
 * the way (a label or a reviewer), for the admin who can fix it.
 */
@Entity
@Table(name = "forge_pull_request")
public class PullRequestRecord {

  public static final int MAX_NOTE = 1000;

  @Id
  @Column(name = "change_request_id", nullable = false, updatable = false)
  private Long changeRequestId;

  @Column(name = "repo_key", nullable = false, length = 40, updatable = false)
  private String repository;

  @Column(name = "pr_number", nullable = false)
  private long number;

  @Column(name = "url", nullable = false, length = 2000)
  private String url;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private PullRequestState state;

  @Column(name = "pushed_head", length = 40)
  private String pushedHead;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PullRequestRecord() {}

  public PullRequestRecord(long changeRequestId, String repository, Instant now) {
    this.changeRequestId = changeRequestId;
    this.repository = repository;
    this.url = "";
    this.state = PullRequestState.OPEN;
    this.updatedAt = now;
  }

  public void pushed(String head, Instant now) {
    this.pushedHead = head;
    this.updatedAt = now;
  }

  public void opened(long number, String url, String note, Instant now) {
    this.number = number;
    this.url = url;
    this.state = PullRequestState.OPEN;
    this.note = note == null || note.isBlank() ? null : cut(note);
    this.updatedAt = now;
  }

  /**
   * The poll asked the forge about it; {@code note} says what went wrong when the forge could not
   * answer (the pull request deleted there, the token refused). A note of the opening (a label or a
   * reviewer refused) stays when the forge answered.
   */
  public void checked(Optional<String> note, Instant now) {
    note.ifPresent(text -> this.note = cut(text));
    this.updatedAt = now;
  }

  public void finished(PullRequestState state, Instant now) {
    this.state = state;
    this.updatedAt = now;
  }

  private static String cut(String note) {
    return note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note;
  }

  public long changeRequestId() {
    return changeRequestId;
  }

  public String repository() {
    return repository;
  }

  public long number() {
    return number;
  }

  public String url() {
    return url;
  }

  public PullRequestState state() {
    return state;
  }

  public Optional<String> pushedHead() {
    return Optional.ofNullable(pushedHead);
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
