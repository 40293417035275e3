package io.hindsight.review.web;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.review.application.QueueFilter;
import io.hindsight.review.application.QueueOrder;
import io.hindsight.review.application.QueueRow;
import io.hindsight.review.application.ReviewQueue;
import io.hindsight.review.domain.ReasonKind;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The review queue page: one page of the queue ordered by urgency, with filters (mine, overdue,
 * repository, reason, due this week, all) and sorting, all in the address so that a filtered page
 * can be linked and reloaded. A malformed filter is named and dropped.
 */
@Named
@RequestScoped
public class ReviewQueuePage {

  static final int PAGE_SIZE = 50;

  @Inject ReviewQueue queue;
  @Inject RunbookRepositories repositories;
  @Inject CallerIdentity identity;

  private boolean mine;
  private boolean overdue;
  private boolean week;
  private boolean all;
  private String repo;
  private String reason;
  private String sort;
  private int page;
  private ResultPage<QueueRow> rows;

  public void load() {
    Optional<RepositoryKey> repository = Optional.empty();
    if (repo != null && !repo.isBlank()) {
      repository = RepositoryKey.parse(repo.strip());
      if (repository.isEmpty()) {
        FacesMessages.error("\"" + shorten(repo) + "\" is not a repository key; showing all.");
        repo = null;
      }
    }
    Optional<ReasonKind> kind = Optional.empty();
    if (reason != null && !reason.isBlank()) {
      kind = ReasonKind.parse(reason);
      if (kind.isEmpty()) {
        FacesMessages.error(
            "There is no reason \"" + shorten(reason) + "\"; showing every reason.");
        reason = null;
      }
    }
    QueueOrder order = QueueOrder.URGENCY;
    if (sort != null && !sort.isBlank()) {
      order = QueueOrder.parse(sort).orElse(QueueOrder.URGENCY);
    }
    sort = order.code();
    page = Math.max(0, Math.min(page, 100_000));
    rows =
        queue.page(
            new QueueFilter(
                mine ? Optional.of(identity.username()) : Optional.empty(),
                false,
                repository,
                Optional.empty(),
                kind,
                overdue,
                week,
                all),
            order,
            page,
            PAGE_SIZE);
  }

  private static String shorten(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }

  public List<QueueRow> getItems() {
    return rows.items();
  }

  public long getTotal() {
    return rows.total();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < rows.total();
  }

  public int getFirst() {
    return rows.items().isEmpty() ? 0 : page * PAGE_SIZE + 1;
  }

  public int getLast() {
    return page * PAGE_SIZE + rows.items().size();
  }

  public List<String> getRepositoryKeys() {
    return repositories.registered().stream()
        .map(RunbookRepository::key)
        .map(RepositoryKey::value)
        .toList();
  }

  public List<ReasonKind> getReasonKinds() {
    return Arrays.stream(ReasonKind.values()).filter(k -> k != ReasonKind.CALENDAR).toList();
  }

  public List<QueueOrder> getOrders() {
    return List.of(QueueOrder.values());
  }

  public String getMine() {
    return mine ? "true" : null;
  }

  public void setMine(String mine) {
    this.mine = "true".equals(mine);
  }

  public String getOverdue() {
    return overdue ? "true" : null;
  }

  public void setOverdue(String overdue) {
    this.overdue = "true".equals(overdue);
  }

  public String getWeek() {
    return week ? "true" : null;
  }

  public void setWeek(String week) {
    this.week = "true".equals(week);
  }

  public String getAll() {
    return all ? "true" : null;
  }

  public void setAll(String all) {
    this.all = "true".equals(all);
  }

  public boolean isMineOn() {
    return mine;
  }

  public boolean isOverdueOn() {
    return overdue;
  }

  public boolean isWeekOn() {
    return week;
  }

  public boolean isAllOn() {
    return all;
  }

  public String getRepo() {
    return repo;
  }

  public void setRepo(String repo) {
    this.repo = repo;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getPage() {
    return String.valueOf(page);
  }

  public void setPage(String raw) {
    try {
      page = raw == null || raw.isBlank() ? 0 : Integer.parseInt(raw.strip());
    } catch (NumberFormatException notANumber) {
      page = 0;
    }
  }

  public int getPageNumber() {
    return page;
  }
}
