package io.hindsight.change.domain;

import java.util.Locale;

/** What one comment on a change request says. */
public enum ReviewVerdict {
  COMMENT,
  APPROVE,
  REQUEST_CHANGES;

  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
