package io.hindsight.change.domain;

import java.util.Locale;

/**
 * Where the push of a merged change request stands: pending (not tried yet), pushed, failed (the
 * remote could not be reached or refused for a reason worth retrying: tried again later) or
 * conflict (the remote's base branch moved in the same lines: nothing more is tried).
 */
public enum PushState {
  PENDING,
  PUSHED,
  FAILED,
  CONFLICT;

  /** Whether the worker still has to push it. */
  public boolean isDue() {
    return this == PENDING || this == FAILED;
  }

  /** How the API and the page say it: pending, pushed, retrying, conflict. */
  public String word() {
    return this == FAILED ? "retrying" : name().toLowerCase(Locale.ROOT);
  }
}
