package io.hindsight.review.application;

import io.hindsight.review.domain.ReasonKind;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.security.domain.Username;
import java.util.Optional;

/**
 * Which queue items to list. By default the items due by the end of the current quarter or with an
 * open reason; {@code all} lists every runbook's item.
 *
 * @param assignee only items assigned to this user ("mine")
 * @param unassigned only items nobody is assigned to
 * @param overdue only items due before today
 * @param dueThisWeek only items due within 7 days (overdue ones included)
 */
public record QueueFilter(
    Optional<Username> assignee,
    boolean unassigned,
    Optional<RepositoryKey> repository,
    Optional<String> owner,
    Optional<ReasonKind> reason,
    boolean overdue,
    boolean dueThisWeek,
    boolean all) {

  /** The queue items assigned to {@code user}: their own queue. */
  public static QueueFilter assignedTo(Username user) {
    return new QueueFilter(
        Optional.of(user),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        false);
  }

  public static QueueFilter none() {
    return new QueueFilter(
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        false);
  }
}
