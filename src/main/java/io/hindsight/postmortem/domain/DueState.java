package io.hindsight.postmortem.domain;

/** Where a post-mortem stands against its deadline. */
public enum DueState {
  NOT_DUE,
  DUE_SOON,
  OVERDUE,
  DONE,
  WAIVED
}
