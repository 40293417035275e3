package io.hindsight.review.web;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.review.application.FeedbackList;
import io.hindsight.review.domain.FeedbackAnswer.FeedbackState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The feedback list: runbook-improvement feedback of every runbook, newest first, 50 a page, with a
 * state filter in the address ({@code ?state=open&page=2}). A state or page that cannot be read is
 * named and ignored.
 */
@Named
@RequestScoped
public class FeedbackListPage {

  static final int PAGE_SIZE = 50;

  @Inject FeedbackList feedback;

  private String state;
  private String page;
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
    rows = feedback.page(filter, getPageNumber(), PAGE_SIZE);
  }

  private static String shorten(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }

  public List<FeedbackList.Row> getItems() {
    return rows.items();
  }

  public long getTotal() {
    return rows.total();
  }

  public List<FeedbackState> getStates() {
    return List.of(FeedbackState.values());
  }

  public int getPageNumber() {
    if (page == null || page.isBlank()) {
      return 0;
    }
    try {
      int number = Integer.parseInt(page.strip());
      return number >= 0 && number <= 100_000 ? number : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
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

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
