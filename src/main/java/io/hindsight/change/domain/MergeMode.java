package io.hindsight.change.domain;

/** How an approved change joins its base branch when the base has not moved. */
public enum MergeMode {
  /** Move the base branch to the change's head. */
  FAST_FORWARD,
  /** Always write a merge commit with the base and the change as parents. */
  MERGE_COMMIT
}
