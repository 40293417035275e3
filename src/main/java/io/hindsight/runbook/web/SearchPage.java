package io.hindsight.runbook.web;

import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.IndexPages;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookHit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Full-text search over the runbooks of every repository, or of the one chosen by {@code ?repo=},
 * and runbook suggestions for a free text such as an incident title.
 */
@Named
@RequestScoped
public class SearchPage {

  static final int RESULTS = 20;

  @Inject RunbookInspection inspection;
  @Inject RunbookRepositories repositories;

  private String q;
  private String repo;
  private boolean suggest;
  private List<RunbookHit> hits;

  public List<RunbookHit> getHits() {
    if (hits == null) {
      hits = q == null || q.isBlank() ? List.of() : search();
    }
    return hits;
  }

  private List<RunbookHit> search() {
    Optional<RepositoryKey> only = getRepository();
    if (repo != null && !repo.isBlank() && only.isEmpty()) {
      return List.of();
    }
    return suggest ? inspection.suggest(q, RESULTS, only) : inspection.search(q, RESULTS, only);
  }

  /** The repository the search is limited to; a malformed name finds nothing. */
  public Optional<RepositoryKey> getRepository() {
    return repo == null || repo.isBlank() ? Optional.empty() : RunbookAddress.key(repo);
  }

  public List<RepositoryLocation> getRepositories() {
    return repositories.all();
  }

  public String titleOf(RunbookHit hit) {
    return hit.title();
  }

  public boolean isIndexPage(RunbookHit hit) {
    return IndexPages.isIndexPage(hit.path());
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? null : q.substring(0, Math.min(q.length(), 1000));
  }

  public String getRepo() {
    return repo;
  }

  public void setRepo(String repo) {
    this.repo = repo == null ? null : repo.substring(0, Math.min(repo.length(), 100));
  }

  public boolean isSuggest() {
    return suggest;
  }

  public void setSuggest(boolean suggest) {
    this.suggest = suggest;
  }
}
