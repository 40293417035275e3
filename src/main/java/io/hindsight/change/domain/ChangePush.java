package io.hindsight.change.domain;

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
 * The push of one merged change request to its repository's remote, queued in the merge's
 * transaction: the base branch to the merge commit (a fast-forward only), the change's branch, and
 * the release tag; or of a post-mortem committed straight to the base branch, which has no change
 * request and no change branch. A push that cannot reach the remote is tried again after a backoff,
 * for as long as it takes; a conflict is final and says why.
 */
@Entity
@Table(name = "change_push")
public class ChangePush {

  public static final int MAX_ERROR = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_request_id", updatable = false)
  private Long changeRequestId;

  @Column(name = "postmortem_key", length = 32, updatable = false)
  private String postmortemKey;

  @Column(name = "repository", nullable = false, length = 64, updatable = false)
  private String repository;

  @Column(name = "base_branch", nullable = false, length = 200, updatable = false)
  private String baseBranch;

  @Column(name = "base_was", nullable = false, length = 40, updatable = false)
  private String baseWas;

  @Column(name = "merge_commit", nullable = false, length = 40, updatable = false)
  private String mergeCommit;

  @Column(name = "change_branch", length = 200, updatable = false)
  private String changeBranch;

  @Column(name = "branch_head", length = 40, updatable = false)
  private String branchHead;

  @Column(name = "tag_name", length = 100, updatable = false)
  private String tagName;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private PushState state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "pushed_commit", length = 40)
  private String pushedCommit;

  @Column(name = "pushed_at")
  private Instant pushedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected ChangePush() {}

  /**
   * @param baseWas the base branch's commit before the merge
   * @param mergeCommit the commit the merge moved the base branch to
   * @param branchHead the change branch's head
   */
  public ChangePush(
      long changeRequestId,
      String repository,
      String baseBranch,
      String baseWas,
      String mergeCommit,
      String changeBranch,
      String branchHead,
      Optional<String> tagName,
      Instant now) {
    this.changeRequestId = changeRequestId;
    this.repository = repository;
    this.baseBranch = baseBranch;
    this.baseWas = baseWas;
    this.mergeCommit = mergeCommit;
    this.changeBranch = changeBranch;
    this.branchHead = branchHead;
    this.tagName = tagName.orElse(null);
    this.state = PushState.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /**
   * The push of a post-mortem's commit straight to the base branch.
   *
   * @param baseWas the base branch's commit before
   * @param commit the commit the base branch moved to
   */
  public static ChangePush directCommit(
      String postmortemKey,
      String repository,
      String baseBranch,
      String baseWas,
      String commit,
      Instant now) {
    ChangePush push = new ChangePush();
    push.postmortemKey = postmortemKey;
    push.repository = repository;
    push.baseBranch = baseBranch;
    push.baseWas = baseWas;
    push.mergeCommit = commit;
    push.state = PushState.PENDING;
    push.nextAttemptAt = now;
    push.createdAt = now;
    return push;
  }

  /** The remote's base branch is now at {@code commit}, which holds the merge. */
  public void pushed(String commit, Instant now) {
    attempts++;
    state = PushState.PUSHED;
    pushedCommit = commit;
    pushedAt = now;
    lastError = null;
  }

  /** The attempt failed for a reason that may pass (remote down, hanging, refusing for now). */
  public void failed(String error, Instant now, RetrySchedule schedule, double random) {
    attempts++;
    state = PushState.FAILED;
    lastError = cut(error);
    nextAttemptAt = schedule.nextAttempt(attempts, now, random).orElse(now.plus(schedule.cap()));
  }

  /** The remote's base branch changed in the same lines: nothing is pushed, nothing overwritten. */
  public void conflict(String message) {
    attempts++;
    state = PushState.CONFLICT;
    lastError = cut(message);
  }

  private static String cut(String text) {
    String said = text == null || text.isBlank() ? "unknown error" : text;
    return said.length() <= MAX_ERROR ? said : said.substring(0, MAX_ERROR - 1) + "…";
  }

  public long id() {
    return id;
  }

  public Optional<Long> changeRequestId() {
    return Optional.ofNullable(changeRequestId);
  }

  /** What is pushed, as a message names it: a change request, or a post-mortem. */
  public String subject() {
    return changeRequestId != null
        ? "change request #" + changeRequestId
        : "post-mortem " + postmortemKey;
  }

  public String repository() {
    return repository;
  }

  public String baseBranch() {
    return baseBranch;
  }

  public String baseWas() {
    return baseWas;
  }

  public String mergeCommit() {
    return mergeCommit;
  }

  /** The change's branch and its head; none for a direct commit. */
  public Optional<String> changeBranch() {
    return Optional.ofNullable(changeBranch);
  }

  public Optional<String> branchHead() {
    return Optional.ofNullable(branchHead);
  }

  public Optional<String> tagName() {
    return Optional.ofNullable(tagName);
  }

  public PushState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<String> pushedCommit() {
    return Optional.ofNullable(pushedCommit);
  }

  public Optional<Instant> pushedAt() {
    return Optional.ofNullable(pushedAt);
  }
}
