package io.hindsight.action.application;

import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.action.domain.ActionPriority;
import io.hindsight.postmortem.domain.FactorId;
import io.hindsight.security.domain.Username;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A whole new state of an action item's editable fields, based on the version the user loaded. A
 * status change goes through the item's lifecycle; {@code reason} goes with "won't do".
 */
public record ActionItemChanges(
    long basedOnVersion,
    String title,
    ActionPriority priority,
    Username owner,
    LocalDate dueDate,
    String trackerLink,
    Optional<FactorId> factor,
    ActionItemStatus status,
    Optional<String> reason) {}
