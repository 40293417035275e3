package io.hindsight.runbook.domain;

/** What a node answers a read of a repository with, given its clone: see {@link CloneState}. */
public enum CloneAnswer {
  SERVE,
  SERVE_LAST_FETCHED,
  RETRY_LATER
}
