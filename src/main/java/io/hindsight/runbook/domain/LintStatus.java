package io.hindsight.runbook.domain;

import java.util.Collection;
import java.util.Locale;

/** How a runbook fares in lint: no findings, warnings at worst, or at least one error. */
public enum LintStatus {
  CLEAN,
  WARNING,
  ERROR;

  public static LintStatus of(Collection<LintFinding> findings) {
    if (findings.stream().anyMatch(f -> f.severity() == LintSeverity.ERROR)) {
      return ERROR;
    }
    return findings.isEmpty() ? CLEAN : WARNING;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
