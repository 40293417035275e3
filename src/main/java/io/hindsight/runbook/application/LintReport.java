package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.RepositoryKey;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lint over a whole repository at one commit: every runbook's findings and the index table's.
 *
 * @param files the Markdown files checked, index pages included
 * @param clean how many of them have no finding
 */
public record LintReport(
    RepositoryKey repository, String commit, int files, int clean, List<LintFinding> findings) {

  public LintReport {
    findings = List.copyOf(findings);
  }

  /** How many findings each rule produced, by rule id. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    for (LintRule rule : LintRule.values()) {
      int count = (int) findings.stream().filter(f -> f.rule() == rule).count();
      if (count > 0) {
        counts.put(rule.id(), count);
      }
    }
    return counts;
  }
}
