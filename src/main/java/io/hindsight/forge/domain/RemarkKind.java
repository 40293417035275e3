package io.hindsight.forge.domain;

import java.util.Locale;

/** What a review or comment on a forge says of the pull request. */
public enum RemarkKind {
  APPROVED,
  CHANGES_REQUESTED,
  COMMENTED;

  /**
   * As pages and the API show it: {@code approved}, {@code changes-requested}, {@code commented}.
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
