package io.hindsight.notify.domain;

/** The kind of thing a notification is about. */
public enum SubjectType {
  INCIDENT,
  POSTMORTEM,
  ACTION_ITEM,
  CHANNEL,
  /** A daily digest; its reference is the day. */
  DIGEST,
  RUNBOOK_REVIEW,
  CHANGE_REQUEST
}
