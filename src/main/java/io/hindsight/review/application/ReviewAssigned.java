package io.hindsight.review.application;

import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.LocalDate;

/**
 * CDI event fired, inside the assigning transaction, when someone assigns, reassigns or claims a
 * runbook's review. Not fired for the default assignee (the owner) the index gives.
 *
 * @param dedupeKey unique per assignment: {@code review:<item id>:assigned:<assignee>:<version>}
 */
public record ReviewAssigned(
    long itemId,
    RunbookRef runbook,
    String title,
    Username assignee,
    Username assignedBy,
    LocalDate dueDate,
    String dedupeKey) {}
