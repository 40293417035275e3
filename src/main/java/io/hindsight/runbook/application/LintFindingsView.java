package io.hindsight.runbook.application;

import io.hindsight.platform.paging.PageWindow;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.FolderCount;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of a repository's lint report, as its address asks for it: the findings of a folder (and
 * its sub-folders), of one rule or all, in an order; with the folder's counts by rule and the
 * folders below that have findings.
 *
 * @param top the repository's runbook folder
 * @param folder the folder reported on
 * @param files how many files {@code folder} holds
 * @param clean how many of them have no finding
 * @param byRule how many findings each rule has in {@code folder}, whatever the rule filter
 * @param folders the folders right below {@code folder} with findings the rule filter keeps, at
 *     most {@link RunbookCatalog#MAX_FOLDERS}
 */
public record LintFindingsView(
    RepositoryKey repository,
    String commit,
    LintReportAddress address,
    RunbookFolder top,
    RunbookFolder folder,
    int files,
    int clean,
    Map<String, Integer> byRule,
    List<FolderCount> folders,
    List<LintFinding> findings,
    PageWindow window) {

  public LintFindingsView {
    byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
    folders = List.copyOf(folders);
    findings = List.copyOf(findings);
  }

  /**
   * @throws NotFound when the folder is not among the runbooks or holds none, or the page is past
   *     the end
   */
  static LintFindingsView of(
      RepositoryKey key, RepositorySnapshot snapshot, LintReportAddress address, int pageSize) {
    RunbookFolder top = snapshot.folder();
    RunbookFolder folder = address.folder().isRoot() ? top : address.folder();
    List<RunbookPath> held =
        snapshot.metadata().keySet().stream()
            .filter(path -> folder.contains(path.value()))
            .toList();
    if (!folder.equals(top) && (!top.holds(folder) || held.isEmpty())) {
      throw new NotFound("There is no runbook in the folder " + folder + " of " + key + ".");
    }
    List<LintFinding> inFolder =
        snapshot.allFindings().stream()
            .filter(finding -> folder.contains(finding.path().value()))
            .toList();
    Map<String, Integer> byRule = new TreeMap<>();
    inFolder.forEach(finding -> byRule.merge(finding.ruleId(), 1, Integer::sum));
    List<LintFinding> kept =
        inFolder.stream()
            .filter(finding -> address.rule().map(rule -> finding.rule() == rule).orElse(true))
            .sorted(address.sort().comparator())
            .toList();
    PageWindow window = new PageWindow(address.page(), pageSize, kept.size());
    if (!window.exists()) {
      throw new NotFound(
          "There is no page " + address.page() + ": the report has " + window.pages() + " pages.");
    }
    Map<String, Long> byFolder = new HashMap<>();
    kept.forEach(finding -> byFolder.merge(finding.path().directory().orElse(""), 1L, Long::sum));
    int clean = (int) held.stream().filter(path -> snapshot.findingsOf(path).isEmpty()).count();
    return new LintFindingsView(
        key,
        snapshot.commitId(),
        address,
        top,
        folder,
        held.size(),
        clean,
        byRule,
        FolderCount.childrenOf(folder, byFolder).stream()
            .limit(RunbookCatalog.MAX_FOLDERS)
            .toList(),
        kept.subList(window.offset(), (int) window.last()),
        window);
  }

  /** The rule filter, as the rule's id, or empty. */
  public String ruleId() {
    return address.rule().map(LintRule::id).orElse("");
  }

  public boolean atTop() {
    return folder.equals(top);
  }

  /** The folders from below the runbook folder down to the one reported on. */
  public List<RunbookFolder> trail() {
    return folder.trailBelow(top);
  }
}
