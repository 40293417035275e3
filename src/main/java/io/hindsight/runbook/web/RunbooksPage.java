package io.hindsight.runbook.web;

import io.hindsight.runbook.application.RepositorySnapshot;
import io.hindsight.runbook.application.RunbookDocument;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookLibrary;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RunbookSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The Runbooks page: the sample repository's catalog and its index rendered. */
@Named
@RequestScoped
public class RunbooksPage {

  @Inject RunbookLibrary library;
  @Inject RunbookRepositories repositories;
  @Inject RunbookInspection inspection;

  private List<RunbookSummary> catalog;
  private Optional<RunbookDocument> index;

  public boolean isAvailable() {
    return repositories.find(RunbookRepositories.SAMPLE).isPresent();
  }

  public List<RunbookSummary> getRunbooks() {
    if (catalog == null) {
      catalog = isAvailable() ? library.catalog(RunbookRepositories.SAMPLE) : List.of();
    }
    return catalog;
  }

  public RepositorySnapshot getSnapshot() {
    return inspection.snapshot(RunbookRepositories.SAMPLE);
  }

  public int findingCount(RunbookSummary summary) {
    return getSnapshot().findingsOf(summary.path()).size();
  }

  public RunbookDocument getIndex() {
    if (index == null) {
      index =
          getRunbooks().stream()
              .filter(RunbookSummary::isIndex)
              .findFirst()
              .flatMap(summary -> library.open(summary.repository(), summary.path()));
    }
    return index.orElse(null);
  }
}
