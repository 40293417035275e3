package io.hindsight.action.web;

import io.hindsight.action.application.ActionItemService;
import io.hindsight.action.domain.ActionItemDraft;
import io.hindsight.action.domain.ActionItemKind;
import io.hindsight.action.domain.ActionPriority;
import io.hindsight.platform.clock.TimeBounds;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.platform.web.FieldErrors;
import io.hindsight.postmortem.application.BlameCheck;
import io.hindsight.postmortem.domain.FactorId;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.runbook.application.RunbookLibrary;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.domain.RunbookSummary;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The post-mortem page's form for a new action item. It knows its post-mortem by the page's {@code
 * key} parameter; the page refreshes itself when the item is saved ({@code PostmortemChanged}).
 */
@Named
@ViewScoped
public class ActionItemForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ActionItemService service;
  @Inject BlameCheck blame;
  @Inject UserAccounts users;
  @Inject RunbookLibrary library;
  @Inject CallerIdentity identity;

  private final FieldErrors fieldErrors = new FieldErrors();
  private String key;
  private String title;
  private String kind = "PREVENT";
  private String priority = "MEDIUM";
  private String owner;
  private String dueDate;
  private String trackerLink;
  private String factor;
  private String runbook;

  public List<ActionItemKind> getKinds() {
    return Arrays.asList(ActionItemKind.values());
  }

  public List<ActionPriority> getPriorities() {
    return Arrays.asList(ActionPriority.values());
  }

  public List<String> getOwners() {
    return users.all().stream()
        .filter(UserAccount::enabled)
        .map(account -> account.username().value())
        .toList();
  }

  public List<RunbookSummary> getRunbooks() {
    return library.catalogOfAll();
  }

  public void add() {
    fieldErrors.clear();
    if (!identity.responder()) {
      FacesMessages.error("Only responders can add action items.");
      return;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    ActionItemKind chosenKind = choice(errors, "kind", kind, ActionItemKind.class);
    ActionPriority chosenPriority = choice(errors, "priority", priority, ActionPriority.class);
    Username chosenOwner = null;
    if (owner != null && !owner.isBlank()) {
      chosenOwner = Username.parse(owner.strip()).orElse(null);
      if (chosenOwner == null) {
        errors.put("owner", "Choose an owner from the list.");
      }
    }
    LocalDate due = null;
    if (dueDate != null && !dueDate.isBlank()) {
      try {
        due = LocalDate.parse(dueDate.strip());
        TimeBounds.configured()
            .problem(due)
            .ifPresent(problem -> errors.put("dueDate", "The due date " + problem + "."));
      } catch (DateTimeParseException e) {
        errors.put("dueDate", "Enter the due date as YYYY-MM-DD, or leave it empty.");
      }
    }
    Optional<FactorId> linked = Optional.empty();
    if (factor != null && !factor.isBlank()) {
      linked = FactorId.parse(factor.strip());
      if (linked.isEmpty()) {
        errors.put("factor", "Choose a contributing factor from the list.");
      }
    }
    RunbookRef ref = null;
    if (runbook != null && !runbook.isBlank()) {
      Optional<RunbookRef> chosen = RunbookRef.parse(runbook.strip());
      if (chosen.isEmpty()) {
        errors.put("runbook", "Choose a runbook from the list.");
      } else {
        ref = chosen.get();
      }
    }
    try {
      if (!errors.isEmpty()) {
        throw FieldRefused.fields(errors);
      }
      PostmortemKey postmortem =
          PostmortemKey.parse(key)
              .orElseThrow(() -> NotFound.of("post-mortem", String.valueOf(key)));
      service.create(
          postmortem,
          new ActionItemDraft(
              title, chosenKind, chosenPriority, chosenOwner, due, trackerLink, ref),
          linked,
          identity.caller());
      Optional<String> note = blame.note(title);
      clear();
      FacesMessages.info(
          note.map(n -> "Action item added. Blame check on its title: " + n)
              .orElse("Action item added."));
    } catch (FieldRefused refused) {
      fieldErrors.putAll("item.", refused);
      FacesMessages.error("The action item was not added: " + refused.getMessage());
    } catch (StateConflict | NotFound refused) {
      FacesMessages.error(refused.getMessage());
    }
  }

  /** A gentle blame note on an action item's title, or null. */
  public String blameNote(String title) {
    return blame.note(title).orElse(null);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public Map<String, String> getErrors() {
    return fieldErrors.asMap();
  }

  private void clear() {
    title = null;
    owner = null;
    dueDate = null;
    trackerLink = null;
    factor = null;
    runbook = null;
  }

  private static <E extends Enum<E>> E choice(
      Map<String, String> errors, String field, String raw, Class<E> type) {
    return EnumNames.parse(type, raw)
        .orElseGet(
            () -> {
              errors.put(field, "Choose a " + field + " from the list.");
              return null;
            });
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getDueDate() {
    return dueDate;
  }

  public void setDueDate(String dueDate) {
    this.dueDate = dueDate;
  }

  public String getTrackerLink() {
    return trackerLink;
  }

  public void setTrackerLink(String trackerLink) {
    this.trackerLink = trackerLink;
  }

  public String getFactor() {
    return factor;
  }

  public void setFactor(String factor) {
    this.factor = factor;
  }

  public String getRunbook() {
    return runbook;
  }

  public void setRunbook(String runbook) {
    this.runbook = runbook;
  }
}
