package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookSearchIndex;
import java.util.List;
import java.util.Map;

/**
 * What Hindsight knows of a repository at one commit: each runbook's metadata and lint findings,
 * the index table's findings, and a search index. A commit never changes, so a snapshot is never
 * stale for it.
 */
public record RepositorySnapshot(
    String commitId,
    Map<RunbookPath, RunbookMetadata> metadata,
    Map<RunbookPath, List<LintFinding>> findings,
    List<LintFinding> indexFindings,
    RunbookSearchIndex search) {

  public RepositorySnapshot {
    metadata = Map.copyOf(metadata);
    findings = Map.copyOf(findings);
    indexFindings = List.copyOf(indexFindings);
  }

  public List<LintFinding> findingsOf(RunbookPath path) {
    return findings.getOrDefault(path, List.of());
  }
}
