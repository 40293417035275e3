package io.hindsight.runbook.domain;

/** What a lint finding is about; {@link #id()} is stable for reports and filters. */
public enum LintRule {
  MISSING_SECTION("missing-section", LintSeverity.WARNING),
  BROKEN_LINK("broken-link", LintSeverity.ERROR),
  BROKEN_ANCHOR("broken-anchor", LintSeverity.ERROR),
  MISSING_OWNER("missing-owner", LintSeverity.WARNING),
  INVALID_METADATA("invalid-metadata", LintSeverity.WARNING),
  INDEX_MISSING_FILE("index-missing-file", LintSeverity.ERROR),
  INDEX_UNLISTED_RUNBOOK("index-unlisted-runbook", LintSeverity.WARNING),
  INDEX_STALE_DATE("index-stale-date", LintSeverity.WARNING),
  ENCODING_DAMAGE("encoding-damage", LintSeverity.WARNING);

  private final String id;
  private final LintSeverity severity;

  LintRule(String id, LintSeverity severity) {
    this.id = id;
    this.severity = severity;
  }

  public String id() {
    return id;
  }

  public LintSeverity severity() {
    return severity;
  }
}
