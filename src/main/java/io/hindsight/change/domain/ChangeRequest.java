package io.hindsight.change.domain;

import io.hindsight.platform.refusal.StateConflict;
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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed change to one runbook, made on its own branch: the commits the author saved, the
 * reviews it got, and where it ended. The text lives only in Git.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

  public static final int MAX_TITLE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private RunbookRef runbook;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind", nullable = false, length = 20, updatable = false)
  private SourceKind sourceKind;

  @Column(name = "source_key", nullable = false, length = 40, updatable = false)
  private String sourceKey;

  @Column(name = "branch", nullable = false, length = 200, updatable = false)
  private String branch;

  @Column(name = "base_branch", nullable = false, length = 200, updatable = false)
  private String baseBranch;

  @Embedded private ChangeCommits commits;

  @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
  private String title;

  @Column(name = "author", nullable = false, length = 64, updatable = false)
  private Username author;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private ChangeState state;

  @Column(name = "significant", nullable = false)
  private boolean significant;

  @Column(name = "new_file", nullable = false, updatable = false)
  private boolean newFile;

  @Column(name = "revisions", nullable = false)
  private int revisions;

  @Column(name = "approvals", nullable = false)
  private int approvals;

  @Column(name = "merge_commit", length = 40)
  private String mergeCommit;

  @Column(name = "tag", length = 60)
  private String tag;

  @Column(name = "merged_by", length = 64)
  private Username mergedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ChangeRequest() {}

  public ChangeRequest(
      RunbookRef runbook,
      ChangeSource source,
      String baseBranch,
      String baseCommit,
      String title,
      Username author,
      boolean newFile,
      Instant now) {
    this.runbook = Objects.requireNonNull(runbook, "runbook");
    this.sourceKind = source.kind();
    this.sourceKey = source.key();
    this.branch = ChangeBranch.of(runbook.path(), source).value();
    this.baseBranch = Objects.requireNonNull(baseBranch, "baseBranch");
    this.commits = new ChangeCommits(baseCommit);
    this.title = ChangeTitle.of(title);
    this.author = Objects.requireNonNull(author, "author");
    this.state = ChangeState.DRAFT;
    this.newFile = newFile;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A commit saved on the branch; a save after approval needs approving again. */
  public void saved(
      String commit, String base, String newTitle, boolean markedSignificant, Instant now) {
    requireUnfinished();
    commits.saved(commit, base);
    if (newTitle != null && !newTitle.isBlank()) {
      this.title = ChangeTitle.of(newTitle);
    }
    this.significant = markedSignificant;
    this.revisions++;
    this.approvals = 0;
    if (state == ChangeState.APPROVED) {
      state = ChangeState.IN_REVIEW;
    }
    this.updatedAt = now;
  }

  public void submit(Instant now) {
    state = ChangeState.IN_REVIEW;
    approvals = 0;
    updatedAt = now;
  }

  /**
   * @return whether this approval made the change approved
   */
  public boolean approve(int required, Instant now) {
    if (state != ChangeState.IN_REVIEW) {
      throw new StateConflict("Change request " + id + " is " + state.word() + ", not in review.");
    }
    approvals++;
    updatedAt = now;
    if (approvals >= Math.max(1, required)) {
      state = ChangeState.APPROVED;
      return true;
    }
    return false;
  }

  public void requestChanges(Instant now) {
    if (state != ChangeState.IN_REVIEW) {
      throw new StateConflict("Change request " + id + " is " + state.word() + ", not in review.");
    }
    state = ChangeState.CHANGES_REQUESTED;
    approvals = 0;
    updatedAt = now;
  }

  public void merged(String commit, Optional<ReleaseTag> releaseTag, Username by, Instant now) {
    if (state != ChangeState.APPROVED) {
      throw new StateConflict("Only an approved change merges; this one is " + state.word() + ".");
    }
    state = ChangeState.MERGED;
    mergeCommit = Objects.requireNonNull(commit, "commit");
    tag = releaseTag.map(ReleaseTag::name).orElse(null);
    mergedBy = by;
    updatedAt = now;
  }

  /**
   * Merged on the repository's forge (a pull request merged there): whatever its state here, an
   * unfinished change is merged at the forge's commit.
   */
  public void mergedElsewhere(String commit, Username by, Instant now) {
    requireUnfinished();
    state = ChangeState.MERGED;
    mergeCommit = Objects.requireNonNull(commit, "commit");
    mergedBy = by;
    updatedAt = now;
  }

  public void close(Instant now) {
    requireUnfinished();
    state = ChangeState.CLOSED;
    updatedAt = now;
  }

  private void requireUnfinished() {
    if (state.isFinished()) {
      throw new StateConflict("Change request " + id + " is " + state.word() + " already.");
    }
  }

  public boolean hasCommits() {
    return revisions > 0;
  }

  public Long id() {
    return id;
  }

  public RunbookRef runbook() {
    return runbook;
  }

  public ChangeSource source() {
    return new ChangeSource(sourceKind, sourceKey);
  }

  public ChangeBranch branch() {
    return new ChangeBranch(branch);
  }

  public String baseBranch() {
    return baseBranch;
  }

  public ChangeCommits commits() {
    return commits;
  }

  public String baseCommit() {
    return commits.base();
  }

  public String headCommit() {
    return commits.head();
  }

  public String title() {
    return title;
  }

  public Username author() {
    return author;
  }

  public ChangeState state() {
    return state;
  }

  public boolean significant() {
    return significant;
  }

  public boolean newFile() {
    return newFile;
  }

  public int revisions() {
    return revisions;
  }

  public int approvals() {
    return approvals;
  }

  public Optional<String> mergeCommit() {
    return Optional.ofNullable(mergeCommit);
  }

  public Optional<String> tag() {
    return Optional.ofNullable(tag);
  }

  public Optional<Username> mergedBy() {
    return Optional.ofNullable(mergedBy);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
