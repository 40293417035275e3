package io.hindsight.action.application;

import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.domain.Username;
import java.util.Optional;

/**
 * What a list of action items is narrowed to: owner, post-mortem, status, overdue (open or in
 * progress after the due date), and whether closed items count; every part optional.
 */
public record ActionItemFilter(
    Optional<Username> owner,
    Optional<PostmortemKey> postmortem,
    Optional<ActionItemStatus> status,
    Optional<Boolean> overdue,
    Optional<Boolean> open) {

  public static ActionItemFilter all() {
    return new ActionItemFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ActionItemFilter ownedBy(Username user) {
    return new ActionItemFilter(Optional.of(user), postmortem, status, overdue, open);
  }

  public ActionItemFilter onlyOverdue() {
    return new ActionItemFilter(owner, postmortem, status, Optional.of(true), open);
  }

  public ActionItemFilter onlyOpen() {
    return new ActionItemFilter(owner, postmortem, status, overdue, Optional.of(true));
  }
}
