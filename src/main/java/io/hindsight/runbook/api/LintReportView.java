package io.hindsight.runbook.api;

import io.hindsight.runbook.application.LintReport;
import io.hindsight.runbook.domain.LintFinding;
import java.util.List;
import java.util.Map;

/**
 * A repository's lint report: the counts of the whole repository, then one page of its findings.
 *
 * @param total how many findings the repository has
 */
public record LintReportView(
    String repository,
    String commit,
    int files,
    int clean,
    Map<String, Integer> byRule,
    List<RunbookDetailView.Finding> findings,
    int page,
    int size,
    long total) {

  static final int DEFAULT_PAGE_SIZE = 500;
  static final int MAX_PAGE_SIZE = 2_000;

  static LintReportView of(LintReport report, int page, int size) {
    List<LintFinding> all = report.findings();
    int from = (int) Math.min(all.size(), (long) page * size);
    int to = (int) Math.min(all.size(), (long) from + size);
    return new LintReportView(
        report.repository().value(),
        report.commit(),
        report.files(),
        report.clean(),
        report.countsByRule(),
        all.subList(from, to).stream().map(RunbookDetailView.Finding::of).toList(),
        page,
        size,
        all.size());
  }
}
