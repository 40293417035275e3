package io.hindsight.change.application;

import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;

/**
 * A change request went into review (first time or again after changes): {@code notify} asks the
 * reviewers (every user with the reviewer role but the author) to review it.
 */
public record ChangeRequestSubmitted(
    long changeRequestId, RunbookRef runbook, String title, Username author) {}
