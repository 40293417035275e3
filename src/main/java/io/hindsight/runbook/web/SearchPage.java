package io.hindsight.runbook.web;

import io.hindsight.platform.search.FullTextQuery;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.IndexPages;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookHit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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

  /** Results ranked and counted; pages go this far. */
  static final int RANKED = FullTextQuery.MAX_LIMIT;

  @Inject RunbookInspection inspection;
  @Inject RunbookRepositories repositories;

  private String q;
  private String repo;
  private boolean suggest;
  private String page;
  private int pageNumber;
  private String problem;
  private List<RunbookHit> ranked;

  /** The current page's results, best first. */
  public List<RunbookHit> getHits() {
    if (problem != null) {
      return List.of();
    }
    List<RunbookHit> all = ranked();
    int from = Math.min(all.size(), getPageNumber() * RESULTS);
    return all.subList(from, Math.min(all.size(), from + RESULTS));
  }

  /** How many runbooks were found, at most {@link #RANKED}. */
  public int getTotal() {
    return ranked().size();
  }

  /** Whether more runbooks may match than were ranked. */
  public boolean isCapped() {
    return ranked().size() >= RANKED;
  }

  /**
   * Checks the page asked for: one that is not a whole number is a 400, one past the results a 404,
   * each with a message on the page.
   */
  public void load() {
    if (page == null || page.isBlank()) {
      return;
    }
    try {
      pageNumber = Integer.parseInt(page.strip());
    } catch (NumberFormatException notANumber) {
      pageNumber = -1;
    }
    if (pageNumber < 0) {
      fail(400, "The page must be a whole number from 0.");
    } else if (pageNumber >= getPageCount()) {
      fail(404, "There is no page " + pageNumber + " of these results.");
    }
  }

  private void fail(int status, String message) {
    problem = message;
    pageNumber = 0;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  public String getProblem() {
    return problem;
  }

  /** The zero-based page shown. */
  public int getPageNumber() {
    return pageNumber;
  }

  public int getPageCount() {
    return Math.max(1, (ranked().size() + RESULTS - 1) / RESULTS);
  }

  public boolean isHasPrevious() {
    return getPageNumber() > 0;
  }

  public boolean isHasNext() {
    return problem == null && getPageNumber() + 1 < getPageCount();
  }

  /** The first result's position on this page, counted from one. */
  public int getFirstShown() {
    return getHits().isEmpty() ? 0 : getPageNumber() * RESULTS + 1;
  }

  public int getLastShown() {
    return getPageNumber() * RESULTS + getHits().size();
  }

  private List<RunbookHit> ranked() {
    if (ranked == null) {
      ranked = q == null || q.isBlank() ? List.of() : search();
    }
    return ranked;
  }

  private List<RunbookHit> search() {
    Optional<RepositoryKey> only = getRepository();
    if (repo != null && !repo.isBlank() && only.isEmpty()) {
      return List.of();
    }
    return suggest ? inspection.suggest(q, RESULTS, only) : inspection.search(q, RANKED, only);
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

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page == null ? null : page.substring(0, Math.min(page.length(), 10));
  }

  public boolean isSuggest() {
    return suggest;
  }

  public void setSuggest(boolean suggest) {
    this.suggest = suggest;
  }
}
