package io.hindsight.postmortem.domain;

import static io.hindsight.postmortem.domain.PostmortemStatus.APPROVED;
import static io.hindsight.postmortem.domain.PostmortemStatus.CHANGES_REQUESTED;
import static io.hindsight.postmortem.domain.PostmortemStatus.DRAFT;
import static io.hindsight.postmortem.domain.PostmortemStatus.IN_REVIEW;
import static io.hindsight.postmortem.domain.PostmortemStatus.PUBLISHED;
import static io.hindsight.postmortem.domain.PostmortemStatus.WAIVED;

import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review workflow: draft, in review, changes requested or approved, published; or waived. Each
 * step returns the new status or throws a {@link StateConflict} that says why not.
 */
public final class PostmortemWorkflow {

  public static final int MAX_TEXT_LENGTH = 2000;

  private final Set<Severity> waivable;

  private PostmortemWorkflow(Set<Severity> waivable) {
    this.waivable = Set.copyOf(waivable);
  }

  /** Waivers allowed for P2 and P3. */
  public static PostmortemWorkflow standard() {
    return waivableFor(EnumSet.of(Severity.P2, Severity.P3));
  }

  public static PostmortemWorkflow waivableFor(Set<Severity> severities) {
    return new PostmortemWorkflow(severities);
  }

  public PostmortemStatus submit(
      PostmortemStatus from,
      Username actor,
      PostmortemParticipants people,
      Collection<BlameWarning> unacknowledged) {
    require(from == DRAFT || from == CHANGES_REQUESTED, "submitted for review", from);
    if (!people.isAuthor(actor)) {
      throw new StateConflict("Only an author can submit this post-mortem for review.");
    }
    Set<Username> reviewingAuthors =
        people.reviewers().stream().filter(people::isAuthor).collect(Collectors.toSet());
    if (!reviewingAuthors.isEmpty()) {
      throw new StateConflict("A reviewer cannot be an author: " + sorted(reviewingAuthors) + ".");
    }
    if (people.reviewers().isEmpty()) {
      throw new StateConflict("Choose at least one reviewer who is not an author.");
    }
    requireAcknowledged(unacknowledged, "submitting");
    return IN_REVIEW;
  }

  public PostmortemStatus approve(
      PostmortemStatus from, Username actor, PostmortemParticipants people) {
    require(from == IN_REVIEW, "approved", from);
    if (people.isAuthor(actor)) {
      throw new StateConflict("You cannot approve a post-mortem you wrote.");
    }
    if (!people.isIndependentReviewer(actor)) {
      throw new StateConflict("Only a chosen reviewer can approve this post-mortem.");
    }
    return APPROVED;
  }

  public PostmortemStatus requestChanges(
      PostmortemStatus from, Username actor, PostmortemParticipants people, String note) {
    require(from == IN_REVIEW, "sent back for changes", from);
    if (!people.isIndependentReviewer(actor)) {
      throw new StateConflict("Only a chosen reviewer can request changes.");
    }
    requireText(note, "Say which changes you are requesting");
    return CHANGES_REQUESTED;
  }

  public PostmortemStatus publish(
      PostmortemStatus from,
      Username actor,
      PostmortemParticipants people,
      Collection<BlameWarning> unacknowledged) {
    require(from == APPROVED, "published", from);
    if (!people.isAuthor(actor) && !people.isIndependentReviewer(actor)) {
      throw new StateConflict("Only an author or a chosen reviewer can publish this post-mortem.");
    }
    requireAcknowledged(unacknowledged, "publishing");
    return PUBLISHED;
  }

  /**
   * Whether and how {@code actor} may change the content. Drafts and post-mortems with changes
   * requested are edited by their authors; a published one only as a new revision with a reason.
   */
  public PostmortemEdit edit(
      PostmortemStatus from, Username actor, PostmortemParticipants people, String reason) {
    switch (from) {
      case DRAFT, CHANGES_REQUESTED -> {
        if (!people.isAuthor(actor)) {
          throw new StateConflict("Only an author can edit this post-mortem.");
        }
        return PostmortemEdit.IN_PLACE;
      }
      case IN_REVIEW ->
          throw new StateConflict(
              "This post-mortem is in review: a reviewer must request changes before it can be edited.");
      case APPROVED ->
          throw new StateConflict(
              "This post-mortem is approved: publish it first, then edit it as a new revision.");
      case PUBLISHED -> {
        if (!people.isAuthor(actor) && !people.isIndependentReviewer(actor)) {
          throw new StateConflict("Only an author or a reviewer can revise this post-mortem.");
        }
        requireText(
            reason, "This post-mortem is published and locked: give a reason for the new revision");
        return PostmortemEdit.NEW_REVISION;
      }
      case WAIVED -> throw new StateConflict("This post-mortem was waived and cannot be edited.");
      default -> throw new IllegalStateException(from.name());
    }
  }

  /**
   * A new published revision is published text: its blame warnings must be fixed or acknowledged.
   */
  public void revisePublished(Collection<BlameWarning> unacknowledged) {
    requireAcknowledged(unacknowledged, "publishing this revision");
  }

  /** Whether a post-mortem of {@code severity} can be waived at all. */
  public boolean waivable(Severity severity) {
    return waivable.contains(severity);
  }

  public PostmortemStatus waive(
      PostmortemStatus from, Role actorRole, Severity severity, String reason) {
    require(from == DRAFT || from == IN_REVIEW || from == CHANGES_REQUESTED, "waived", from);
    if (!actorRole.implies(Role.REVIEWER)) {
      throw new StateConflict("Only a reviewer can waive a post-mortem.");
    }
    if (!waivable.contains(severity)) {
      throw new StateConflict(
          "A post-mortem for a "
              + severity
              + " incident cannot be waived; allowed for "
              + (waivable.isEmpty() ? "no severity" : sorted(waivable))
              + ".");
    }
    requireText(reason, "Give a reason for waiving this post-mortem");
    return WAIVED;
  }

  private static void require(boolean allowed, String step, PostmortemStatus from) {
    if (!allowed) {
      throw new StateConflict(
          "This post-mortem is " + describe(from) + " and cannot be " + step + ".");
    }
  }

  private static void requireAcknowledged(Collection<BlameWarning> unacknowledged, String step) {
    if (unacknowledged.isEmpty()) {
      return;
    }
    String phrases =
        unacknowledged.stream()
            .map(warning -> "\"" + warning.matchedText() + "\"")
            .distinct()
            .collect(Collectors.joining(", "));
    int count = unacknowledged.size();
    throw new StateConflict(
        "Acknowledge or fix "
            + (count == 1 ? "the blame warning" : "all " + count + " blame warnings")
            + " before "
            + step
            + ": "
            + phrases
            + ".");
  }

  private static void requireText(String text, String missing) {
    if (text == null || text.isBlank()) {
      throw new StateConflict(missing + ".");
    }
    if (text.strip().length() > MAX_TEXT_LENGTH) {
      throw new StateConflict("Keep it to at most " + MAX_TEXT_LENGTH + " characters.");
    }
  }

  private static String describe(PostmortemStatus status) {
    return switch (status) {
      case DRAFT -> "a draft";
      case CHANGES_REQUESTED -> "waiting for changes";
      default -> status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  private static String sorted(Collection<?> values) {
    return values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
  }
}
