package io.hindsight.change.domain;

import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.Role;
import java.util.Set;

/**
 * Who may do what to a change request. Responders open and edit; only the author edits, submits and
 * (with an admin) closes; a reviewer who is not the author approves or asks for changes; a reviewer
 * merges an approved change.
 */
public final class ChangeRules {

  private static final Set<ChangeState> SUBMITTABLE =
      Set.of(ChangeState.DRAFT, ChangeState.CHANGES_REQUESTED);

  private ChangeRules() {}

  public static boolean mayOpen(Actor actor) {
    return actor.has(Role.RESPONDER);
  }

  public static boolean mayEdit(Actor actor, ChangeRequest change) {
    return change.state().isEditable() && isAuthor(actor, change) && actor.has(Role.RESPONDER);
  }

  public static boolean maySubmit(Actor actor, ChangeRequest change) {
    return SUBMITTABLE.contains(change.state()) && isAuthor(actor, change);
  }

  public static boolean mayReview(Actor actor, ChangeRequest change) {
    return change.state() == ChangeState.IN_REVIEW
        && actor.has(Role.REVIEWER)
        && !isAuthor(actor, change);
  }

  public static boolean mayMerge(Actor actor, ChangeRequest change) {
    return change.state() == ChangeState.APPROVED && actor.has(Role.REVIEWER);
  }

  public static boolean mayClose(Actor actor, ChangeRequest change) {
    return !change.state().isFinished() && (isAuthor(actor, change) || actor.has(Role.ADMIN));
  }

  public static void requireOpen(Actor actor) {
    if (!mayOpen(actor)) {
      throw new Forbidden("Only responders and above open runbook change requests.");
    }
  }

  public static void requireEdit(Actor actor, ChangeRequest change) {
    requireUnfinished(change);
    if (!isAuthor(actor, change)) {
      throw new Forbidden("Only the author, " + change.author() + ", edits this change request.");
    }
    if (!actor.has(Role.RESPONDER)) {
      throw new Forbidden("Only responders and above edit runbooks.");
    }
  }

  public static void requireSubmit(Actor actor, ChangeRequest change) {
    if (!isAuthor(actor, change)) {
      throw new Forbidden("Only the author submits this change request for review.");
    }
    if (!SUBMITTABLE.contains(change.state())) {
      throw new StateConflict(
          "Change request "
              + change.id()
              + " is "
              + change.state().word()
              + "; it cannot be submitted.");
    }
    if (!change.hasCommits()) {
      throw new StateConflict("Save a change before submitting it: the branch has no commit yet.");
    }
  }

  public static void requireReview(Actor actor, ChangeRequest change) {
    if (isAuthor(actor, change)) {
      throw new Forbidden("An author does not review their own change request.");
    }
    if (!actor.has(Role.REVIEWER)) {
      throw new Forbidden("Only reviewers approve or request changes.");
    }
    if (change.state() != ChangeState.IN_REVIEW) {
      throw new StateConflict(
          "Change request " + change.id() + " is " + change.state().word() + ", not in review.");
    }
  }

  public static void requireMerge(Actor actor, ChangeRequest change) {
    if (!actor.has(Role.REVIEWER)) {
      throw new Forbidden("Only reviewers merge change requests.");
    }
    if (change.state() != ChangeState.APPROVED) {
      throw new StateConflict(
          "Change request "
              + change.id()
              + " is "
              + change.state().word()
              + ": only an approved change merges.");
    }
  }

  public static void requireClose(Actor actor, ChangeRequest change) {
    requireUnfinished(change);
    if (!isAuthor(actor, change) && !actor.has(Role.ADMIN)) {
      throw new Forbidden("Only the author or an admin closes this change request.");
    }
  }

  private static void requireUnfinished(ChangeRequest change) {
    if (change.state().isFinished()) {
      throw new StateConflict(
          "Change request " + change.id() + " is " + change.state().word() + " already.");
    }
  }

  private static boolean isAuthor(Actor actor, ChangeRequest change) {
    return change.author().equals(actor.username());
  }
}
