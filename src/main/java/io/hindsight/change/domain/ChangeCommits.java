package io.hindsight.change.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a change's branch stands: the base commit it is up to, its head, and the commit the
 * remote's copy of the branch is at, as far as Hindsight pushed it.
 */
@Embeddable
public class ChangeCommits {

  @Column(name = "base_commit", nullable = false, length = 40)
  private String base;

  @Column(name = "head_commit", nullable = false, length = 40)
  private String head;

  @Column(name = "remote_head", length = 40)
  private String remoteHead;

  protected ChangeCommits() {}

  /** A branch that starts at its base, not pushed yet. */
  ChangeCommits(String base) {
    this.base = Objects.requireNonNull(base, "base");
    this.head = base;
  }

  void saved(String commit, String newBase) {
    this.head = Objects.requireNonNull(commit, "commit");
    this.base = Objects.requireNonNull(newBase, "base");
  }

  public String base() {
    return base;
  }

  public String head() {
    return head;
  }

  public Optional<String> remoteHead() {
    return Optional.ofNullable(remoteHead);
  }

  public void pushedTo(String commit) {
    this.remoteHead = Objects.requireNonNull(commit, "commit");
  }

  /** Whether the remote's copy of the branch is behind the branch. */
  public boolean remoteBehind() {
    return !head.equals(remoteHead);
  }
}
