package io.hindsight.change.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a change request stands: draft → in review → approved / changes requested → merged. */
public enum ChangeState {
  DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  MERGED,
  CLOSED;

  public boolean isFinished() {
    return this == MERGED || this == CLOSED;
  }

  /** Whether the author may still add commits. */
  public boolean isEditable() {
    return !isFinished();
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code in-review}, {@code IN_REVIEW} or {@code in review}. */
  public static Optional<ChangeState> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (ChangeState state : values()) {
      if (state.name().equals(name)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
