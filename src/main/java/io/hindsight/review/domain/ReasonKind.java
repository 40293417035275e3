package io.hindsight.review.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/** Why a runbook is in the queue, and how soon each reason makes it due after it is raised. */
public enum ReasonKind {
  CALENDAR("calendar review", Period.ZERO),
  FEEDBACK("runbook-improvement feedback", Period.ofDays(7)),
  INCIDENT("used in a P0/P1 incident", Period.ofDays(14)),
  CHANGE("service change", Period.ofDays(14)),
  LINT("lint error", Period.ofDays(30)),
  ACTION_ITEM("runbook-update action item", Period.ofDays(14)),
  NEEDS_CHANGE("review found it needs change", Period.ofDays(14));

  private final String words;
  private final Period grace;

  ReasonKind(String words, Period grace) {
    this.words = words;
    this.grace = grace;
  }

  public String words() {
    return words;
  }

  /** The day a reason of this kind raised on {@code raised} makes the runbook due. */
  public LocalDate dueAfter(LocalDate raised) {
    return raised.plus(grace);
  }

  /** {@code feedback} or {@code FEEDBACK}; empty for any other word. */
  public static Optional<ReasonKind> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (ReasonKind kind : values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
