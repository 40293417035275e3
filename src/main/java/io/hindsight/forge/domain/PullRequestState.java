package io.hindsight.forge.domain;

import java.util.Locale;

/** Where a change's pull request stands on its forge. */
public enum PullRequestState {
  OPEN,
  MERGED,
  CLOSED;

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }
}
