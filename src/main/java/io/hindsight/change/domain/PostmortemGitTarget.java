package io.hindsight.change.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The repository published post-mortems are committed to: its folder, and whether a post-mortem may
 * go straight to the base branch instead of through a change request.
 */
@Entity
@Table(name = "postmortem_git_target")
public class PostmortemGitTarget {

  @Id
  @Column(name = "repo_key", nullable = false, length = 64, updatable = false)
  private String repository;

  @Column(name = "folder", nullable = false, length = PostmortemFolder.MAX_LENGTH)
  private String folder;

  @Column(name = "direct_commits", nullable = false)
  private boolean directCommits;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PostmortemGitTarget() {}

  public PostmortemGitTarget(
      String repository, PostmortemFolder folder, boolean directCommits, Instant now) {
    this.repository = repository;
    describe(folder, directCommits, now);
  }

  public final void describe(PostmortemFolder folder, boolean directCommits, Instant now) {
    this.folder = folder.value();
    this.directCommits = directCommits;
    this.updatedAt = now;
  }

  public String repository() {
    return repository;
  }

  public PostmortemFolder folder() {
    return new PostmortemFolder(folder);
  }

  public boolean directCommits() {
    return directCommits;
  }

  public long version() {
    return version;
  }
}
