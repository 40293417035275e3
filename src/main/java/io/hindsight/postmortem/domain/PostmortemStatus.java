package io.hindsight.postmortem.domain;

/** The review workflow's states; see {@link PostmortemWorkflow} for the transitions. */
public enum PostmortemStatus {
  DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  PUBLISHED,
  WAIVED;

  /** Published and waived post-mortems no longer count against their deadline. */
  public boolean isClosed() {
    return this == PUBLISHED || this == WAIVED;
  }
}
