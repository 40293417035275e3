package io.hindsight.action.api;

import io.hindsight.action.application.ActionItemChanges;
import io.hindsight.action.domain.ActionItemDraft;
import io.hindsight.action.domain.ActionItemKind;
import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.action.domain.ActionPriority;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.postmortem.domain.FactorId;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the API's action item requests into the application's types, refusing every malformed field
 * at once (a 400 naming each).
 */
final class ActionItemFields {

  private ActionItemFields() {}

  static ActionItemDraft draft(ActionItemRequests.Create request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    Map<String, String> errors = new LinkedHashMap<>();
    ActionItemKind kind = optional(errors, "kind", request.kind(), ActionItemKind.class);
    ActionPriority priority =
        optional(errors, "priority", request.priority(), ActionPriority.class);
    Username owner = owner(errors, request.owner());
    RunbookRef runbook = null;
    if (request.runbook() != null) {
      Optional<RepositoryKey> repository = RepositoryKey.parse(request.runbook().repository());
      Optional<RunbookPath> path = RunbookPath.parse(request.runbook().path());
      if (repository.isEmpty() || path.isEmpty()) {
        errors.put("runbook", "must name a repository key and a runbook path");
      } else {
        runbook = new RunbookRef(repository.get(), path.get());
      }
    }
    if (!errors.isEmpty()) {
      throw FieldRefused.fields(errors);
    }
    return new ActionItemDraft(
        request.title(), kind, priority, owner, request.dueDate(), request.trackerLink(), runbook);
  }

  static ActionItemChanges changes(ActionItemRequests.Update request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    if (request.version() == null) {
      throw FieldRefused.field("version", "is required: send the version you loaded");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    ActionPriority priority =
        optional(errors, "priority", request.priority(), ActionPriority.class);
    ActionItemStatus status = optional(errors, "status", request.status(), ActionItemStatus.class);
    Username owner = owner(errors, request.owner());
    if (!errors.isEmpty()) {
      throw FieldRefused.fields(errors);
    }
    return new ActionItemChanges(
        request.version(),
        request.title(),
        priority,
        owner,
        request.dueDate(),
        request.trackerLink(),
        factor(request.factor()),
        status,
        Optional.ofNullable(request.reason()));
  }

  static long id(String raw) {
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // not an id
    }
    throw NotFound.of("action item", raw == null || raw.length() > 20 ? "?" : raw);
  }

  static PostmortemKey postmortem(String raw) {
    if (raw == null || raw.isBlank()) {
      throw FieldRefused.field("postmortem", "is required");
    }
    return PostmortemKey.parse(raw)
        .orElseThrow(() -> NotFound.of("post-mortem", raw.length() > 40 ? "?" : raw));
  }

  static Optional<FactorId> factor(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        FactorId.parse(raw)
            .orElseThrow(
                () -> FieldRefused.fields(Map.of("factor", "A factor id looks like f-0123abcd."))));
  }

  static Username user(String field, String raw) {
    return Username.parse(raw)
        .orElseThrow(() -> FieldRefused.field(field, "must be a username or me"));
  }

  private static Username owner(Map<String, String> errors, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Optional<Username> owner = Username.parse(raw);
    if (owner.isEmpty()) {
      errors.put("owner", "must be a username");
    }
    return owner.orElse(null);
  }

  /** The constant {@code raw} names, or null: absent, or refused into {@code errors}. */
  private static <E extends Enum<E>> E optional(
      Map<String, String> errors, String field, String raw, Class<E> type) {
    Optional<E> value = EnumNames.parse(type, raw);
    if (value.isEmpty() && raw != null && !raw.isBlank()) {
      errors.put(field, "must be one of " + EnumNames.list(type));
    }
    return value.orElse(null);
  }
}
