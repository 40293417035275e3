package io.hindsight.review.web;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.Refusal;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.review.application.QueueFilter;
import io.hindsight.review.application.QueueOrder;
import io.hindsight.review.application.QueueRow;
import io.hindsight.review.application.ReviewQueue;
import io.hindsight.review.application.ReviewService;
import io.hindsight.review.domain.ReasonKind;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review queue page: one page of the queue ordered by urgency, with filters (mine, unassigned,
 * owner, overdue, repository, reason, due this week, all) and sorting, all in the address so that a
 * filtered page can be linked and reloaded. A malformed filter is named and dropped. Reviewers
 * assign, reassign or unassign a row in place.
 */
@Named
@RequestScoped
public class ReviewQueuePage {

  static final int PAGE_SIZE = 50;
  static final int MAX_OWNER = 100;

  @Inject ReviewQueue queue;
  @Inject RunbookRepositories repositories;
  @Inject CallerIdentity identity;
  @Inject ReviewService service;
  @Inject UserAccounts users;

  private boolean mine;
  private boolean unassigned;
  private String owner;
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
    Optional<String> ownerFilter = Optional.empty();
    if (owner != null && !owner.isBlank()) {
      if (owner.length() > MAX_OWNER || owner.codePoints().anyMatch(Character::isISOControl)) {
        FacesMessages.error("\"" + shorten(owner) + "\" is not an owner; showing every owner.");
        owner = null;
      } else {
        ownerFilter = Optional.of(owner.strip());
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
                unassigned,
                repository,
                ownerFilter,
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

  /**
   * On a postback the view action does not run and the view parameters are applied only after the
   * rows are walked, so the rows are read when first asked for, with the filters of the address the
   * form posted to: the same rows the page showed.
   */
  private ResultPage<QueueRow> rows() {
    if (rows == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces != null && faces.isPostback()) {
        readAddress(faces.getExternalContext().getRequestParameterMap());
      }
      load();
    }
    return rows;
  }

  private void readAddress(Map<String, String> address) {
    setMine(address.get("mine"));
    setUnassigned(address.get("unassigned"));
    setOwner(address.get("owner"));
    setOverdue(address.get("overdue"));
    setWeek(address.get("week"));
    setAll(address.get("all"));
    setRepo(address.get("repo"));
    setReason(address.get("reason"));
    setSort(address.get("sort"));
    setPage(address.get("page"));
  }

  public List<QueueRow> getItems() {
    return rows().items();
  }

  public long getTotal() {
    return rows().total();
  }

  public boolean isAssigner() {
    return identity.hasRole(Role.REVIEWER);
  }

  /** Who may be assigned: the reviewers, offered as the assignee fields' suggestions. */
  public List<String> getAssignees() {
    return users.all().stream()
        .filter(account -> account.roles().contains(Role.REVIEWER))
        .map(account -> account.username().value())
        .sorted()
        .toList();
  }

  /** The owner filter as it goes into a link. */
  public String getOwnerInAddress() {
    return owner == null ? "" : URLEncoder.encode(owner, StandardCharsets.UTF_8);
  }

  /**
   * Assigns the row to the username typed in its form (each row posts only its own {@code assignee}
   * field), or to nobody when the field is empty.
   */
  public String assign(QueueRow row) {
    if (!isAssigner()) {
      FacesMessages.error("Only reviewers assign runbook reviews.");
      return null;
    }
    String posted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("assignee");
    String typed = posted == null ? "" : posted.strip();
    Optional<Username> who = Optional.empty();
    if (!typed.isEmpty()) {
      who = Username.parse(typed);
      if (who.isEmpty()) {
        FacesMessages.error("\"" + shorten(typed) + "\" is not a username.");
        return null;
      }
    }
    try {
      service.assign(row.id(), row.version(), who, identity.caller());
    } catch (Refusal refused) {
      FacesMessages.error(row.title() + ": " + refused.getMessage());
      return null;
    }
    FacesMessages.infoAfterRedirect(
        who.map(user -> row.title() + " is assigned to " + user.value() + ".")
            .orElse(row.title() + " is unassigned."));
    return "/reviews.xhtml?faces-redirect=true" + query();
  }

  /** The filters, sort and page as they are in the address. */
  private String query() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("mine", getMine());
    params.put("unassigned", getUnassigned());
    params.put("owner", owner);
    params.put("overdue", getOverdue());
    params.put("week", getWeek());
    params.put("all", getAll());
    params.put("repo", repo);
    params.put("reason", reason);
    params.put("sort", sort);
    params.put("page", page > 0 ? String.valueOf(page) : null);
    StringBuilder query = new StringBuilder();
    params.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            query
                .append('&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return query.toString();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < rows().total();
  }

  public int getFirst() {
    return rows().items().isEmpty() ? 0 : page * PAGE_SIZE + 1;
  }

  public int getLast() {
    return page * PAGE_SIZE + rows().items().size();
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

  public String getUnassigned() {
    return unassigned ? "true" : null;
  }

  public void setUnassigned(String unassigned) {
    this.unassigned = "true".equals(unassigned);
  }

  public boolean isUnassignedOn() {
    return unassigned;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
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
