package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeState;
import io.hindsight.change.domain.ReviewVerdict;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;

/**
 * A reviewer approved a change request or asked for changes: {@code notify} tells the author, with
 * the comment; {@code state} says whether it is approved (ready to merge) now.
 */
public record ChangeRequestReviewed(
    long changeRequestId,
    RunbookRef runbook,
    String title,
    Username author,
    Username reviewer,
    ReviewVerdict verdict,
    String comment,
    ChangeState state) {}
