package io.hindsight.review.web;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.review.application.FeedbackList;
import io.hindsight.review.domain.FeedbackAnswer.FeedbackState;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The feedback list: runbook-improvement feedback of every runbook, newest first, 50 a page, with a
 * state and a repository filter in the address ({@code ?state=open&repo=payments&page=2}). A state,
 * repository or page that cannot be read is named and ignored.
 */
@Named
@RequestScoped
public class FeedbackListPage {

  static final int PAGE_SIZE = 50;

  @Inject FeedbackList feedback;
  @Inject RunbookRepositories repositories;

  private String state;
  private String repo;
  private String page;
  private int pageNumber;
  private ResultPage<FeedbackList.Row> rows;

  public void load() {
    Optional<FeedbackState> filter = Optional.empty();
    if (state != null && !state.isBlank()) {
      filter = FeedbackState.parse(state);
      if (filter.isEmpty()) {
        FacesMessages.error("There is no feedback state \"" + shorten(state) + "\"; showing all.");
        state = null;
      } else {
        state = filter.get().code();
      }
    }
    rows = feedback.page(filter, repository(), number(), PAGE_SIZE);
  }

  private Optional<RepositoryKey> repository() {
    if (repo == null || repo.isBlank()) {
      repo = null;
      return Optional.empty();
    }
    Optional<RepositoryKey> key = RepositoryKey.parse(repo.strip());
    if (key.isEmpty()) {
      FacesMessages.error("\"" + shorten(repo) + "\" is not a repository key; showing all.");
    } else if (repositories.registered(key.get()).isEmpty()) {
      FacesMessages.error("There is no repository " + key.get().value() + "; showing all.");
      key = Optional.empty();
    }
    repo = key.map(RepositoryKey::value).orElse(null);
    return key;
  }

  private int number() {
    pageNumber = 0;
    if (page != null && !page.isBlank()) {
      try {
        pageNumber = Integer.parseInt(page.strip());
      } catch (NumberFormatException e) {
        pageNumber = -1;
      }
      if (pageNumber < 0 || pageNumber > 100_000) {
        FacesMessages.error("There is no page \"" + shorten(page) + "\"; showing the first.");
        pageNumber = 0;
      }
    }
    return pageNumber;
  }

  static String shorten(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }

  public List<FeedbackList.Row> getItems() {
    return rows.items();
  }

  public long getTotal() {
    return rows.total();
  }

  public List<String> getRepositoryKeys() {
    return repositories.registered().stream()
        .map(RunbookRepository::key)
        .map(RepositoryKey::value)
        .toList();
  }

  public List<FeedbackState> getStates() {
    return List.of(FeedbackState.values());
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public boolean isHasPrevious() {
    return getPageNumber() > 0;
  }

  public boolean isHasNext() {
    return (long) (getPageNumber() + 1) * PAGE_SIZE < rows.total();
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getRepo() {
    return repo;
  }

  public void setRepo(String repo) {
    this.repo = repo;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
