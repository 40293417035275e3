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
import java.util.Arrays;
import java.util.List;
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

  @Inject QueueAddress address;

  private ResultPage<QueueRow> rows;

  public void load() {
    Optional<RepositoryKey> repository = Optional.empty();
    String repo = address.getRepo();
    if (repo != null && !repo.isBlank()) {
      repository = RepositoryKey.parse(repo.strip());
      if (repository.isEmpty()) {
        FacesMessages.error("\"" + shorten(repo) + "\" is not a repository key; showing all.");
        address.setRepo(null);
      } else if (repositories.registered(repository.get()).isEmpty()) {
        FacesMessages.error(
            "There is no repository " + repository.get().value() + "; showing all.");
        repository = Optional.empty();
        address.setRepo(null);
      }
    }
    Optional<ReasonKind> kind = Optional.empty();
    String reason = address.getReason();
    if (reason != null && !reason.isBlank()) {
      kind = ReasonKind.parse(reason);
      if (kind.isEmpty()) {
        FacesMessages.error(
            "There is no reason \"" + shorten(reason) + "\"; showing every reason.");
        address.setReason(null);
      }
    }
    Optional<String> ownerFilter = Optional.empty();
    String owner = address.getOwner();
    if (owner != null && !owner.isBlank()) {
      if (owner.length() > MAX_OWNER || owner.codePoints().anyMatch(Character::isISOControl)) {
        FacesMessages.error("\"" + shorten(owner) + "\" is not an owner; showing every owner.");
        address.setOwner(null);
      } else {
        ownerFilter = Optional.of(owner.strip());
      }
    }
    String sort = address.getSort();
    Optional<QueueOrder> parsedOrder = Optional.ofNullable(sort).flatMap(QueueOrder::parse);
    if (sort != null && !sort.isBlank() && parsedOrder.isEmpty()) {
      FacesMessages.error("There is no order \"" + shorten(sort) + "\"; showing by urgency.");
    }
    QueueOrder order = parsedOrder.orElse(QueueOrder.URGENCY);
    address.setSort(order.code());
    address
        .badPage()
        .ifPresent(
            page ->
                FacesMessages.error(
                    "There is no page \"" + shorten(page) + "\"; showing the first."));
    rows =
        queue.page(
            new QueueFilter(
                address.mine() ? Optional.of(identity.username()) : Optional.empty(),
                address.unassigned(),
                repository,
                ownerFilter,
                kind,
                address.overdue(),
                address.week(),
                address.all()),
            order,
            address.page(),
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
        address.readFrom(faces.getExternalContext().getRequestParameterMap());
      }
      load();
    }
    return rows;
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
    return "/reviews.xhtml?faces-redirect=true" + address.query();
  }

  public boolean isHasPrevious() {
    return address.page() > 0;
  }

  public boolean isHasNext() {
    return (long) (address.page() + 1) * PAGE_SIZE < rows().total();
  }

  public int getFirst() {
    return rows().items().isEmpty() ? 0 : address.page() * PAGE_SIZE + 1;
  }

  public int getLast() {
    return address.page() * PAGE_SIZE + rows().items().size();
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
}
