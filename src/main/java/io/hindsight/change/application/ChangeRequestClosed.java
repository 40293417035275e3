package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeSource;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;

/** A change request was closed without merging; its source stays open. */
public record ChangeRequestClosed(
    long changeRequestId,
    RunbookRef runbook,
    ChangeSource source,
    Username author,
    Username closedBy) {}
