package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeSource;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.util.List;
import java.util.Optional;

/**
 * A change request merged into its runbook's base branch. Fired in the merge's transaction, after
 * the action item and feedback it answered were closed: {@code review} records the runbook's review
 * from it (outcome "changed", the merge commit, a reviewer from {@code approvers}) and clears the
 * reasons it answered; {@code notify} tells the author and the source's owner.
 *
 * @param source what asked for the change (for a review: {@code REVIEW} and the review's id)
 * @param tag the release tag written, for a significant change
 * @param pushed whether the merge goes to the repository's remote: its push is queued (false for a
 *     local repository)
 */
public record ChangeRequestMerged(
    long changeRequestId,
    RunbookRef runbook,
    ChangeSource source,
    String title,
    String mergeCommit,
    Optional<String> tag,
    Username author,
    Username mergedBy,
    List<Username> approvers,
    boolean pushed) {

  public ChangeRequestMerged {
    approvers = List.copyOf(approvers);
  }
}
