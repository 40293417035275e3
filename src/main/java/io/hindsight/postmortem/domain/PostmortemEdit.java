package io.hindsight.postmortem.domain;

/** How an allowed edit is stored. */
public enum PostmortemEdit {
  /** The current revision changes. */
  IN_PLACE,
  /** The post-mortem is published: the edit becomes a new revision, with its reason. */
  NEW_REVISION
}
