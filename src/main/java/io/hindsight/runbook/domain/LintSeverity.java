package io.hindsight.runbook.domain;

/** How much a lint finding matters: an error is wrong, a warning is worth a look. */
public enum LintSeverity {
  ERROR,
  WARNING
}
