package io.hindsight.action.domain;

/** What an action item changes. */
public enum ActionItemKind {
  PREVENT,
  MITIGATE,
  DETECT,
  PROCESS,
  /** Changes a runbook; done only when the runbook change is merged. */
  RUNBOOK_UPDATE,
  TRAINING
}
