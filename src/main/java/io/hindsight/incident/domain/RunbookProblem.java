package io.hindsight.incident.domain;

import java.util.Optional;

/** What was wrong with a runbook step during an incident. */
public enum RunbookProblem {
  UNCLEAR,
  WRONG;

  public static Optional<RunbookProblem> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    for (RunbookProblem problem : values()) {
      if (problem.name().equalsIgnoreCase(raw.strip())
          && raw.strip().chars().allMatch(c -> c < 128)) {
        return Optional.of(problem);
      }
    }
    return Optional.empty();
  }
}
