package io.hindsight.action.domain;

/** An action item's state; see {@link ActionItem} for the transitions. */
public enum ActionItemStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  WONT_DO;

  public boolean isClosed() {
    return this == DONE || this == WONT_DO;
  }
}
