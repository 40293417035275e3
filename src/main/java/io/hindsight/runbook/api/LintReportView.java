package io.hindsight.runbook.api;

import io.hindsight.runbook.application.LintReport;
import java.util.List;
import java.util.Map;

/** A repository's lint report: counts, then every finding. */
public record LintReportView(
    String repository,
    String commit,
    int files,
    int clean,
    Map<String, Integer> byRule,
    List<RunbookDetailView.Finding> findings) {

  static LintReportView of(LintReport report) {
    return new LintReportView(
        report.repository().value(),
        report.commit(),
        report.files(),
        report.clean(),
        report.countsByRule(),
        report.findings().stream().map(RunbookDetailView.Finding::of).toList());
  }
}
