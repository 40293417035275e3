package io.hindsight.runbook.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a synchronisation failed, in a word everyone may see; what exactly went wrong is shown to
 * admins only.
 */
public enum SyncFailure {
  AUTHENTICATION("authentication"),
  NOT_FOUND("not found"),
  NETWORK("network"),
  REFUSED_BY_POLICY("refused by policy"),
  TOO_LARGE("too large"),
  INTERNAL("internal error");

  private final String label;

  SyncFailure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The failure stored under {@code name}; rows from before categories were kept have none. */
  public static Optional<SyncFailure> named(String name) {
    return Arrays.stream(values()).filter(failure -> failure.name().equals(name)).findFirst();
  }
}
