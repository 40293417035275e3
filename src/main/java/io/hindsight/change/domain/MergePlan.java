package io.hindsight.change.domain;

import java.util.Objects;

/**
 * How to merge a change whose branch started at {@code branchBase} into a base branch now at {@code
 * baseTip}. The base not moved: fast-forward or merge commit, as configured. The base moved without
 * touching the runbook, or touching it in lines a three-way merge joins: a merge commit (or a
 * rebase when the branch holds only Hindsight's commits). A conflict is left to the author.
 */
public enum MergePlan {
  FAST_FORWARD,
  MERGE_COMMIT,
  REBASE,
  CONFLICT;

  public static MergePlan decide(
      String branchBase,
      String baseTip,
      MergeMode mode,
      boolean onlyHindsightCommits,
      boolean mergesCleanly) {
    Objects.requireNonNull(branchBase, "branchBase");
    Objects.requireNonNull(baseTip, "baseTip");
    if (branchBase.equals(baseTip)) {
      return mode == MergeMode.FAST_FORWARD ? FAST_FORWARD : MERGE_COMMIT;
    }
    if (!mergesCleanly) {
      return CONFLICT;
    }
    return onlyHindsightCommits && mode == MergeMode.FAST_FORWARD ? REBASE : MERGE_COMMIT;
  }
}
