package io.hindsight.action.domain;

/** How urgent an action item is; sets its default due date through {@link ActionDuePolicy}. */
public enum ActionPriority {
  HIGH,
  MEDIUM,
  LOW
}
