package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.LinkTargets;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.SearchableRunbook;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What Hindsight knows of a repository at one commit, for the runbooks under one folder: each
 * runbook's metadata and lint findings, the index table's findings, and what search indexes. A
 * commit never changes, so a snapshot is never stale for its commit and folder.
 */
public record RepositorySnapshot(
    String commitId,
    RunbookFolder folder,
    Map<RunbookPath, RunbookMetadata> metadata,
    Map<RunbookPath, List<LintFinding>> findings,
    List<LintFinding> indexFindings,
    List<SearchableRunbook> searchable,
    LinkTargets files,
    String filesFingerprint) {

  public RepositorySnapshot {
    metadata = Map.copyOf(metadata);
    findings = Map.copyOf(findings);
    indexFindings = List.copyOf(indexFindings);
    searchable = List.copyOf(searchable);
  }

  /**
   * Names the set of files of a commit, so that renders depending on which files exist (links to
   * missing files are marked) can be cached by blob and this fingerprint.
   */
  static String fingerprint(List<String> allFiles) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      allFiles.stream()
          .sorted()
          .forEach(path -> digest.update((path + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Every finding of the repository: each runbook's, in path order, then the index table's. */
  public List<LintFinding> allFindings() {
    List<LintFinding> all = new ArrayList<>();
    findings.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> all.addAll(entry.getValue()));
    all.addAll(indexFindings);
    return all;
  }

  public List<LintFinding> findingsOf(RunbookPath path) {
    return findings.getOrDefault(path, List.of());
  }
}
