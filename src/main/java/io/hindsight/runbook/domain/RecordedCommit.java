package io.hindsight.runbook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A commit in a runbook's recorded history: written by syncs, read by runbook views. {@code
 * position} counts from the runbook's first commit, so a sync adds newer commits above the rows it
 * keeps.
 */
@Entity
@Table(name = "runbook_history")
public class RecordedCommit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "repository_id", nullable = false, updatable = false)
  private Long repositoryId;

  @Column(name = "path", nullable = false, length = 1024, updatable = false)
  private String path;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "commit_id", nullable = false, length = 40, updatable = false)
  private String commitId;

  @Column(name = "author", nullable = false, length = 200, updatable = false)
  private String author;

  @Column(name = "authored_at", nullable = false, updatable = false)
  private Instant authoredAt;

  @Column(name = "message", nullable = false, length = 100000, updatable = false)
  private String message;

  @Column(name = "entry_path", nullable = false, length = 1024, updatable = false)
  private String entryPath;

  @Column(name = "renamed_from", length = 1024, updatable = false)
  private String renamedFrom;

  protected RecordedCommit() {}

  public String commitId() {
    return commitId;
  }

  public String author() {
    return author;
  }

  public Instant authoredAt() {
    return authoredAt;
  }

  public String message() {
    return message;
  }

  /** The runbook's path in this commit. */
  public String entryPath() {
    return entryPath;
  }

  public Optional<String> renamedFrom() {
    return Optional.ofNullable(renamedFrom);
  }

  public int position() {
    return position;
  }
}
