package io.hindsight.runbook.web;

import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RunbookHit;
import io.hindsight.runbook.domain.RunbookMetadata;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Full-text search over the runbooks, and runbook suggestions for a free text such as an incident
 * title.
 */
@Named
@RequestScoped
public class SearchPage {

  static final int RESULTS = 20;

  @Inject RunbookInspection inspection;
  @Inject RunbookRepositories repositories;

  private String q;
  private boolean suggest;
  private List<RunbookHit> hits;

  public List<RunbookHit> getHits() {
    if (hits == null) {
      hits =
          q == null || q.isBlank() || repositories.find(RunbookRepositories.SAMPLE).isEmpty()
              ? List.of()
              : search();
    }
    return hits;
  }

  private List<RunbookHit> search() {
    var snapshot = inspection.snapshot(RunbookRepositories.SAMPLE);
    return suggest ? snapshot.search().suggest(q, RESULTS) : snapshot.search().search(q, RESULTS);
  }

  public String titleOf(RunbookHit hit) {
    RunbookMetadata metadata = inspection.snapshot(hit.repository()).metadata().get(hit.path());
    return metadata == null ? hit.path().value() : metadata.title();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? null : q.substring(0, Math.min(q.length(), 1000));
  }

  public boolean isSuggest() {
    return suggest;
  }

  public void setSuggest(boolean suggest) {
    this.suggest = suggest;
  }
}
