package io.hindsight.action.web;

import io.hindsight.action.application.ActionItemChanges;
import io.hindsight.action.application.ActionItemFilter;
import io.hindsight.action.application.ActionItemPage;
import io.hindsight.action.application.ActionItemService;
import io.hindsight.action.application.TrackedActionItem;
import io.hindsight.action.domain.ActionItem;
import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.action.domain.TrackerLink;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.BlameCheck;
import io.hindsight.postmortem.application.PostmortemFilter;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.domain.FactorId;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.Username;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The action item board: mine (the default), all, overdue, by post-mortem, by owner; the completion
 * rate of what is shown; status changes for responders and for the item's owner.
 */
@Named
@ViewScoped
public class ActionItemBoard implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int LIMIT = 500;
  private static final List<String> TABS = List.of("mine", "all", "overdue", "postmortem", "owner");

  @Inject ActionItemService service;
  @Inject PostmortemService postmortems;
  @Inject BlameCheck blame;
  @Inject UserAccounts users;
  @Inject CallerIdentity identity;

  private String tab = "mine";
  private String postmortem;
  private String owner;
  private final Map<Long, String> reasons = new HashMap<>();
  private transient ActionItemPage page;

  public void load() {
    if (tab == null || tab.isBlank()) {
      tab = "mine";
    }
    if (!TABS.contains(tab)) {
      FacesMessages.error("There is no list \"" + shorten(tab) + "\"; showing your action items.");
      tab = "mine";
    }
    if ("postmortem".equals(tab) && postmortem != null && !postmortem.isBlank()) {
      if (PostmortemKey.parse(postmortem.strip()).isEmpty()) {
        FacesMessages.error("\"" + shorten(postmortem) + "\" is not a post-mortem key.");
        postmortem = null;
      }
    }
    if ("owner".equals(tab) && owner != null && !owner.isBlank()) {
      if (Username.parse(owner.strip()).isEmpty()) {
        FacesMessages.error("\"" + shorten(owner) + "\" is not a username.");
        owner = null;
      }
    }
  }

  private ActionItemFilter filter() {
    ActionItemFilter all = ActionItemFilter.all();
    return switch (tab) {
      case "all" -> all;
      case "overdue" -> all.onlyOverdue();
      case "postmortem" ->
          chosen(postmortem)
              .flatMap(PostmortemKey::parse)
              .map(
                  key ->
                      new ActionItemFilter(
                          Optional.empty(),
                          Optional.of(key),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty()))
              .orElse(all);
      case "owner" -> chosen(owner).flatMap(Username::parse).map(all::ownedBy).orElse(all);
      default -> all.ownedBy(identity.caller().username());
    };
  }

  private static Optional<String> chosen(String raw) {
    return Optional.ofNullable(raw).map(String::strip).filter(s -> !s.isEmpty());
  }

  public ActionItemPage getPage() {
    if (page == null) {
      page = service.list(filter(), identity.caller(), 0, LIMIT);
    }
    return page;
  }

  public List<TrackedActionItem> getItems() {
    return getPage().items();
  }

  /** A gentle blame note on the item's title, or else on its won't-do reason; null without one. */
  public String blameNote(TrackedActionItem item) {
    return blame
        .note(item.item().title())
        .or(() -> item.item().wontDoReason().flatMap(blame::note))
        .orElse(null);
  }

  public boolean overdue(TrackedActionItem item) {
    return service.overdue(item.item());
  }

  public List<String> getPostmortemKeys() {
    return postmortems.list(PostmortemFilter.all(), identity.caller(), 0, LIMIT).items().stream()
        .map(p -> p.key().value())
        .toList();
  }

  public List<String> getOwners() {
    return users.all().stream().map(account -> account.username().value()).toList();
  }

  public boolean isResponder() {
    return identity.responder();
  }

  /** Whether the user may move this item's status: responders, and its owner. */
  public boolean mayMove(TrackedActionItem item) {
    return identity.responder() || item.item().owner().equals(identity.caller().username());
  }

  public void start(long id) {
    move(id, ActionItemStatus.IN_PROGRESS, "Started.");
  }

  public void done(long id) {
    move(id, ActionItemStatus.DONE, "Marked done.");
  }

  public void wontDo(long id) {
    move(id, ActionItemStatus.WONT_DO, "Marked won't do.");
  }

  public void reopen(long id) {
    move(id, ActionItemStatus.OPEN, "Reopened.");
  }

  private void move(long id, ActionItemStatus target, String done) {
    try {
      TrackedActionItem current = service.visible(id, identity.caller());
      ActionItem item = current.item();
      service.update(
          id,
          new ActionItemChanges(
              current.stored().version(),
              item.title(),
              item.priority(),
              item.owner(),
              item.dueDate(),
              item.trackerLink().map(TrackerLink::value).orElse(null),
              current.stored().factorId().flatMap(FactorId::parse),
              target,
              Optional.ofNullable(reasons.get(id))),
          identity.caller(),
          identity.responder());
      reasons.remove(id);
      FacesMessages.info(done);
    } catch (StateConflict | NotFound | StaleVersion | FieldRefused | Forbidden refused) {
      FacesMessages.error(refused.getMessage());
    } catch (jakarta.persistence.OptimisticLockException raced) {
      FacesMessages.error("Someone else changed this action item just now; it shows their change.");
    }
    page = null;
  }

  private static String shorten(String raw) {
    return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  public String getPostmortem() {
    return postmortem;
  }

  public void setPostmortem(String postmortem) {
    this.postmortem = postmortem;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }
}
