package io.hindsight.action.application;

import io.hindsight.action.domain.ActionDuePolicy;
import io.hindsight.action.domain.ActionItem;
import io.hindsight.action.domain.ActionItemDraft;
import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.action.domain.CompletionRate;
import io.hindsight.action.domain.StoredActionItem;
import io.hindsight.action.domain.TrackerLink;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.postmortem.application.PostmortemChanged;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.domain.FactorId;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.runbook.application.RunbookLibrary;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Action items of post-mortems: created, planned, moved through their lifecycle, listed. */
@ApplicationScoped
@Transactional
public class ActionItemService {

  @Inject ActionItems items;
  @Inject PostmortemService postmortems;
  @Inject UserAccounts users;
  @Inject RunbookLibrary library;
  @Inject Clock clock;
  @Inject Event<PostmortemChanged> changed;
  @Inject AuditTrail audit;

  private final ActionDuePolicy duePolicy = ActionDuePolicy.standard();

  public TrackedActionItem create(
      PostmortemKey key, ActionItemDraft draft, Optional<FactorId> factor, Caller caller) {
    Postmortem postmortem = postmortems.visible(key, caller);
    if (postmortem.status() == PostmortemStatus.WAIVED) {
      throw new StateConflict("Post-mortem " + key + " was waived; it takes no action items.");
    }
    ActionItem item = draft.validate(duePolicy, clock);
    requireOwner(item.owner());
    item.runbook().ifPresent(this::requireRunbook);
    requireFactor(postmortem, factor);
    postmortems.letSee(postmortem, item.owner());
    StoredActionItem stored =
        items.add(
            StoredActionItem.of(
                postmortem.id(),
                factor.map(FactorId::value),
                item,
                caller.username(),
                clock.instant()));
    changed.fire(new PostmortemChanged(postmortem.key()));
    Map<String, String> created = fields(stored.item(), stored.factorId());
    created.put("postmortem", postmortem.key().toString());
    audit.record(subject(stored), AuditAction.CREATED, FieldChanges.created(created));
    return tracked(stored, postmortem);
  }

  private static AuditSubject subject(StoredActionItem stored) {
    return AuditSubject.of("action-item", stored.id());
  }

  /** What the audit trail records of an action item. */
  private static Map<String, String> fields(ActionItem item, Optional<String> factor) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", item.title());
    fields.put("kind", item.kind().name().toLowerCase(Locale.ROOT));
    fields.put("priority", item.priority().name());
    fields.put("owner", item.owner().value());
    fields.put("dueDate", item.dueDate().toString());
    fields.put("status", item.status().name().toLowerCase(Locale.ROOT));
    fields.put("trackerLink", item.trackerLink().map(Object::toString).orElse(null));
    fields.put("runbook", item.runbook().map(Object::toString).orElse(null));
    fields.put("wontDoReason", item.wontDoReason().orElse(null));
    fields.put("factor", factor.orElse(null));
    return fields;
  }

  public TrackedActionItem visible(long id, Caller caller) {
    StoredActionItem stored =
        items.find(id).orElseThrow(() -> NotFound.of("action item", String.valueOf(id)));
    Postmortem postmortem = items.postmortemOf(stored);
    try {
      postmortems.visible(postmortem.key(), caller);
    } catch (RuntimeException hidden) {
      throw NotFound.of("action item", String.valueOf(id));
    }
    return tracked(stored, postmortem);
  }

  /**
   * Changes an item. Responders change anything; the item's owner, whatever their role, moves its
   * status and sets its tracker link.
   */
  public TrackedActionItem update(
      long id, ActionItemChanges changes, Caller caller, boolean responder) {
    TrackedActionItem current = visible(id, caller);
    StoredActionItem stored = current.stored();
    StaleVersion.check("action item " + id, changes.basedOnVersion(), stored.version());
    Map<String, String> before = fields(current.item(), stored.factorId());
    if (!responder) {
      requireOwnerChange(current, changes, caller);
    }
    Optional<TrackerLink> link =
        Optional.ofNullable(changes.trackerLink())
            .map(String::strip)
            .filter(text -> !text.isEmpty())
            .map(
                text -> {
                  try {
                    return TrackerLink.of(text);
                  } catch (IllegalArgumentException e) {
                    throw FieldRefused.fields(Map.of("trackerLink", e.getMessage()));
                  }
                });
    ActionItem item =
        current
            .item()
            .replan(
                changes.title(),
                changes.priority(),
                changes.owner(),
                changes.dueDate(),
                link,
                LocalDate.now(clock));
    requireOwner(item.owner());
    Postmortem postmortem = items.postmortemOf(stored);
    if (!changes.factor().map(FactorId::value).equals(stored.factorId())) {
      requireFactor(postmortem, changes.factor());
    }
    item = moved(item, changes);
    stored.apply(item);
    stored.linkFactor(changes.factor().map(FactorId::value));
    items.flush();
    if (!current.item().owner().equals(item.owner())) {
      postmortems.letSee(postmortem, item.owner());
    }
    changed.fire(new PostmortemChanged(postmortem.key()));
    FieldChanges audited = FieldChanges.between(before, fields(item, stored.factorId()));
    if (!audited.isEmpty()) {
      audit.record(subject(stored), AuditAction.UPDATED, audited, changes.reason());
    }
    return tracked(stored, postmortem);
  }

  private ActionItem moved(ActionItem item, ActionItemChanges changes) {
    ActionItemStatus target = changes.status();
    if (target == null || target == item.status()) {
      return item;
    }
    return switch (target) {
      case OPEN -> item.reopen();
      case IN_PROGRESS -> item.status().isClosed() ? item.reopen().start() : item.start();
      case DONE -> item.complete(clock);
      case WONT_DO -> item.wontDo(changes.reason().orElse(null));
    };
  }

  /**
   * Marks a runbook-update item done because the change request made for it merged; an item closed
   * meanwhile stays as it is.
   *
   * @return whether the item was marked done now
   */
  public boolean completeByMergedChange(long id) {
    StoredActionItem stored =
        items.find(id).orElseThrow(() -> NotFound.of("action item", String.valueOf(id)));
    ActionItem item = stored.item();
    if (item.status().isClosed()) {
      return false;
    }
    stored.apply(item.completeByMergedChange(clock));
    items.flush();
    changed.fire(new PostmortemChanged(items.postmortemOf(stored).key()));
    return true;
  }

  public void delete(long id, long basedOnVersion, Caller caller) {
    TrackedActionItem tracked = visible(id, caller);
    StoredActionItem stored = tracked.stored();
    StaleVersion.check("action item " + id, basedOnVersion, stored.version());
    audit.record(
        subject(stored),
        AuditAction.REMOVED,
        FieldChanges.removed(fields(stored.item(), stored.factorId())));
    items.remove(stored);
    changed.fire(new PostmortemChanged(tracked.postmortem()));
  }

  /** One page of the matching items, paged and counted in the database: two queries. */
  public ActionItemPage list(ActionItemFilter filter, Caller caller, int page, int size) {
    LocalDate today = LocalDate.now(clock);
    Map<ActionItemStatus, Long> counts = items.countsByStatus(filter, caller, today);
    int total = (int) counts.values().stream().mapToLong(Long::longValue).sum();
    CompletionRate rate =
        new CompletionRate(
            counts.getOrDefault(ActionItemStatus.DONE, 0L).intValue(),
            counts.getOrDefault(ActionItemStatus.WONT_DO, 0L).intValue(),
            total);
    List<TrackedActionItem> rows = items.matching(filter, caller, today, page * size, size);
    return new ActionItemPage(rows, page, size, total, rate);
  }

  public boolean overdue(ActionItem item) {
    return item.isOverdue(LocalDate.now(clock));
  }

  private static void requireOwnerChange(
      TrackedActionItem current, ActionItemChanges changes, Caller caller) {
    ActionItem item = current.item();
    if (!item.owner().equals(caller.username())) {
      throw new Forbidden("Only responders and the item's owner can change an action item.");
    }
    boolean replanned =
        !item.title().equals(changes.title() == null ? null : changes.title().strip())
            || item.priority() != changes.priority()
            || !item.owner().equals(changes.owner())
            || !item.dueDate().equals(changes.dueDate())
            || !current.stored().factorId().equals(changes.factor().map(FactorId::value));
    if (replanned) {
      throw new Forbidden(
          "As the owner you can change the status and the tracker link; a responder changes"
              + " the title, priority, owner, due date and factor.");
    }
  }

  private void requireRunbook(RunbookRef runbook) {
    boolean exists;
    try {
      exists =
          library.catalog(runbook.repository()).stream()
              .anyMatch(summary -> summary.path().equals(runbook.path()));
    } catch (NotFound unknown) {
      exists = false;
    }
    if (!exists) {
      throw FieldRefused.fields(
          Map.of(
              "runbook",
              "There is no runbook "
                  + runbook.path()
                  + " in repository "
                  + runbook.repository()
                  + "."));
    }
  }

  private void requireOwner(Username owner) {
    if (users.find(owner).filter(UserAccount::enabled).isEmpty()) {
      throw FieldRefused.fields(Map.of("owner", "There is no active user " + owner + "."));
    }
  }

  private static void requireFactor(Postmortem postmortem, Optional<FactorId> factor) {
    if (factor.isPresent()
        && postmortem.factors().stream().noneMatch(f -> f.id().equals(factor.get()))) {
      throw FieldRefused.fields(
          Map.of(
              "factor",
              "Post-mortem "
                  + postmortem.key()
                  + " has no contributing factor "
                  + factor.get()
                  + "."));
    }
  }

  private static TrackedActionItem tracked(StoredActionItem stored, Postmortem postmortem) {
    return new TrackedActionItem(stored, stored.item(), postmortem.key(), postmortem.title());
  }
}
