package io.hindsight.runbook.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The lint findings of runbooks and repositories, as of the head their catalog shows. A repository
 * that cannot be read (registered but never synced, or its clone damaged) has no findings.
 */
@ApplicationScoped
public class RunbookFindings {

  public static final int PAGE_SIZE = 50;

  @Inject RunbookInspection inspection;

  public List<LintFinding> of(RepositoryKey repository, RunbookPath path) {
    return snapshot(repository).map(s -> s.findingsOf(path)).orElse(List.of());
  }

  /** The whole repository's lint report, or empty when it cannot be read. */
  public Optional<LintReport> report(RepositoryKey repository) {
    return snapshot(repository)
        .map(
            snapshot ->
                new LintReport(
                    repository,
                    snapshot.commitId(),
                    snapshot.metadata().size(),
                    (int)
                        snapshot.metadata().keySet().stream()
                            .filter(path -> snapshot.findingsOf(path).isEmpty())
                            .count(),
                    snapshot.allFindings()));
  }

  /**
   * One page of the repository's lint report.
   *
   * @throws NotFound when the repository cannot be read, the folder holds no runbook or the page is
   *     past the end
   */
  public LintFindingsView page(RepositoryKey repository, LintReportAddress address) {
    RepositorySnapshot snapshot =
        snapshot(repository)
            .filter(s -> !s.commitId().isEmpty())
            .orElseThrow(
                () -> new NotFound("The repository " + repository + " has not been synced yet."));
    return LintFindingsView.of(repository, snapshot, address, PAGE_SIZE);
  }

  /** What lint found in the repository at its head, or empty when it cannot be read. */
  public Optional<RepositorySnapshot> snapshot(RepositoryKey repository) {
    try {
      return Optional.of(inspection.snapshot(repository));
    } catch (NotFound | UncheckedIOException unreadable) {
      return Optional.empty();
    }
  }
}
