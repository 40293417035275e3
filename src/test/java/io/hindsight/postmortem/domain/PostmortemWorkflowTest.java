package io.hindsight.postmortem.domain;

import static io.hindsight.postmortem.domain.PostmortemStatus.APPROVED;
import static io.hindsight.postmortem.domain.PostmortemStatus.CHANGES_REQUESTED;
import static io.hindsight.postmortem.domain.PostmortemStatus.DRAFT;
import static io.hindsight.postmortem.domain.PostmortemStatus.IN_REVIEW;
import static io.hindsight.postmortem.domain.PostmortemStatus.PUBLISHED;
import static io.hindsight.postmortem.domain.PostmortemStatus.WAIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostmortemWorkflowTest {

  private static final Username ALICE = Username.of("alice");
  private static final Username BOB = Username.of("bob");
  private static final Username CAROL = Username.of("carol");
  private static final Username MALLORY = Username.of("mallory");
  private static final PostmortemParticipants PEOPLE =
      new PostmortemParticipants(Set.of(ALICE), Set.of(BOB, CAROL));
  private static final BlameWarning WARNING =
      new BlameWarning(BlameRuleId.of("human-error"), 0, 11, "human error", "m", "s?");

  private final PostmortemWorkflow workflow = PostmortemWorkflow.standard();

  @Test
  void happyPathFromDraftToPublished() {
    PostmortemStatus status = workflow.submit(DRAFT, ALICE, PEOPLE, List.of());
    assertThat(status).isEqualTo(IN_REVIEW);
    status = workflow.requestChanges(status, BOB, PEOPLE, "Add the timeline.");
    assertThat(status).isEqualTo(CHANGES_REQUESTED);
    status = workflow.submit(status, ALICE, PEOPLE, List.of());
    assertThat(status).isEqualTo(IN_REVIEW);
    status = workflow.approve(status, CAROL, PEOPLE);
    assertThat(status).isEqualTo(APPROVED);
    assertThat(workflow.publish(status, ALICE, PEOPLE, List.of())).isEqualTo(PUBLISHED);
  }

  @Test
  void submitNeedsAReviewer() {
    PostmortemParticipants noReviewers = new PostmortemParticipants(Set.of(ALICE), Set.of());

    assertRefused(
        () -> workflow.submit(DRAFT, ALICE, noReviewers, List.of()),
        "Choose at least one reviewer who is not an author.");
  }

  @Test
  void aReviewerCannotBeAnAuthor() {
    PostmortemParticipants selfReview =
        new PostmortemParticipants(Set.of(ALICE, BOB), Set.of(BOB, CAROL));

    assertRefused(
        () -> workflow.submit(DRAFT, ALICE, selfReview, List.of()),
        "A reviewer cannot be an author: bob.");
  }

  @Test
  void onlyAnAuthorSubmits() {
    assertRefused(
        () -> workflow.submit(DRAFT, BOB, PEOPLE, List.of()),
        "Only an author can submit this post-mortem for review.");
  }

  @Test
  void submitNeedsEveryWarningAcknowledged() {
    BlameWarning other =
        new BlameWarning(BlameRuleId.of("careless"), 20, 28, "careless", "m", "s?");

    assertRefused(
        () -> workflow.submit(DRAFT, ALICE, PEOPLE, List.of(WARNING)),
        "Acknowledge or fix the blame warning before submitting: \"human error\".");
    assertRefused(
        () -> workflow.submit(DRAFT, ALICE, PEOPLE, List.of(WARNING, other)),
        "Acknowledge or fix all 2 blame warnings before submitting: \"human error\", \"careless\".");
  }

  @ParameterizedTest
  @EnumSource(names = {"IN_REVIEW", "APPROVED", "PUBLISHED", "WAIVED"})
  void submitOnlyFromDraftOrChangesRequested(PostmortemStatus from) {
    assertThatThrownBy(() -> workflow.submit(from, ALICE, PEOPLE, List.of()))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("and cannot be submitted for review.");
  }

  @Test
  void anAuthorCannotApproveTheirOwnPostmortemEvenIfListedAsReviewer() {
    PostmortemParticipants odd = new PostmortemParticipants(Set.of(ALICE), Set.of(ALICE, BOB));

    assertRefused(
        () -> workflow.approve(IN_REVIEW, ALICE, odd),
        "You cannot approve a post-mortem you wrote.");
  }

  @Test
  void onlyAChosenReviewerApproves() {
    assertRefused(
        () -> workflow.approve(IN_REVIEW, MALLORY, PEOPLE),
        "Only a chosen reviewer can approve this post-mortem.");
  }

  @Test
  void approveOnlyInReview() {
    assertRefused(
        () -> workflow.approve(DRAFT, BOB, PEOPLE),
        "This post-mortem is a draft and cannot be approved.");
    assertRefused(
        () -> workflow.approve(CHANGES_REQUESTED, BOB, PEOPLE),
        "This post-mortem is waiting for changes and cannot be approved.");
  }

  @Test
  void requestChangesNeedsANoteFromAChosenReviewer() {
    assertRefused(
        () -> workflow.requestChanges(IN_REVIEW, BOB, PEOPLE, "  "),
        "Say which changes you are requesting.");
    assertRefused(
        () -> workflow.requestChanges(IN_REVIEW, BOB, PEOPLE, null),
        "Say which changes you are requesting.");
    assertRefused(
        () -> workflow.requestChanges(IN_REVIEW, ALICE, PEOPLE, "Looks fine"),
        "Only a chosen reviewer can request changes.");
    assertRefused(
        () -> workflow.requestChanges(IN_REVIEW, BOB, PEOPLE, "x".repeat(2001)),
        "Keep it to at most 2000 characters.");
  }

  @ParameterizedTest
  @EnumSource(names = {"DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "PUBLISHED", "WAIVED"})
  void publishOnlyFromApproved(PostmortemStatus from) {
    assertThatThrownBy(() -> workflow.publish(from, ALICE, PEOPLE, List.of()))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("and cannot be published.");
  }

  @Test
  void publishRefusesOutsidersAndOpenWarnings() {
    assertRefused(
        () -> workflow.publish(APPROVED, MALLORY, PEOPLE, List.of()),
        "Only an author or a chosen reviewer can publish this post-mortem.");
    assertRefused(
        () -> workflow.publish(APPROVED, BOB, PEOPLE, List.of(WARNING)),
        "Acknowledge or fix the blame warning before publishing: \"human error\".");
  }

  @Test
  void authorsEditDraftsInPlace() {
    assertThat(workflow.edit(DRAFT, ALICE, PEOPLE, null)).isEqualTo(PostmortemEdit.IN_PLACE);
    assertThat(workflow.edit(CHANGES_REQUESTED, ALICE, PEOPLE, null))
        .isEqualTo(PostmortemEdit.IN_PLACE);
    assertRefused(
        () -> workflow.edit(DRAFT, BOB, PEOPLE, null), "Only an author can edit this post-mortem.");
  }

  @Test
  void publishedIsLockedAndEditedAsANewRevisionWithAReason() {
    assertRefused(
        () -> workflow.edit(PUBLISHED, ALICE, PEOPLE, ""),
        "This post-mortem is published and locked: give a reason for the new revision.");
    assertThat(workflow.edit(PUBLISHED, ALICE, PEOPLE, "Corrected the impact numbers"))
        .isEqualTo(PostmortemEdit.NEW_REVISION);
    assertThat(workflow.edit(PUBLISHED, BOB, PEOPLE, "Added a link"))
        .isEqualTo(PostmortemEdit.NEW_REVISION);
    assertRefused(
        () -> workflow.edit(PUBLISHED, MALLORY, PEOPLE, "Because"),
        "Only an author or a reviewer can revise this post-mortem.");
  }

  @Test
  void reviewAndWaiverFreezeTheContent() {
    assertRefused(
        () -> workflow.edit(IN_REVIEW, ALICE, PEOPLE, null),
        "This post-mortem is in review: a reviewer must request changes before it can be edited.");
    assertRefused(
        () -> workflow.edit(APPROVED, ALICE, PEOPLE, null),
        "This post-mortem is approved: publish it first, then edit it as a new revision.");
    assertRefused(
        () -> workflow.edit(WAIVED, ALICE, PEOPLE, "reason"),
        "This post-mortem was waived and cannot be edited.");
  }

  @Test
  void reviewersWaiveLowSeveritiesWithAReason() {
    assertThat(workflow.waive(DRAFT, Role.REVIEWER, Severity.P2, "Duplicate of INC-7"))
        .isEqualTo(WAIVED);
    assertThat(workflow.waive(IN_REVIEW, Role.ADMIN, Severity.P3, "No customer impact"))
        .isEqualTo(WAIVED);
  }

  @Test
  void onlyLowSeveritiesAreWaivable() {
    assertThat(workflow.waivable(Severity.P0)).isFalse();
    assertThat(workflow.waivable(Severity.P1)).isFalse();
    assertThat(workflow.waivable(Severity.P2)).isTrue();
    assertThat(workflow.waivable(Severity.P3)).isTrue();
  }

  @Test
  void waiverRefusals() {
    assertRefused(
        () -> workflow.waive(DRAFT, Role.RESPONDER, Severity.P3, "reason"),
        "Only a reviewer can waive a post-mortem.");
    assertRefused(
        () -> workflow.waive(DRAFT, Role.REVIEWER, Severity.P1, "reason"),
        "A post-mortem for a P1 incident cannot be waived; allowed for P2, P3.");
    assertRefused(
        () -> workflow.waive(DRAFT, Role.REVIEWER, Severity.P3, " "),
        "Give a reason for waiving this post-mortem.");
    assertRefused(
        () -> workflow.waive(PUBLISHED, Role.REVIEWER, Severity.P3, "reason"),
        "This post-mortem is published and cannot be waived.");
    assertRefused(
        () -> workflow.waive(APPROVED, Role.REVIEWER, Severity.P3, "reason"),
        "This post-mortem is approved and cannot be waived.");
  }

  @Test
  void waivableSeveritiesAreConfigurable() {
    PostmortemWorkflow strict = PostmortemWorkflow.waivableFor(Set.of());
    PostmortemWorkflow lenient = PostmortemWorkflow.waivableFor(EnumSet.allOf(Severity.class));

    assertRefused(
        () -> strict.waive(DRAFT, Role.ADMIN, Severity.P3, "reason"),
        "A post-mortem for a P3 incident cannot be waived; allowed for no severity.");
    assertThat(lenient.waive(DRAFT, Role.REVIEWER, Severity.P0, "Drill, not an incident"))
        .isEqualTo(WAIVED);
  }

  @Test
  void closedStatuses() {
    assertThat(EnumSet.allOf(PostmortemStatus.class).stream().filter(PostmortemStatus::isClosed))
        .containsExactlyInAnyOrder(PUBLISHED, WAIVED);
  }

  private static void assertRefused(Runnable step, String message) {
    assertThatThrownBy(step::run).isInstanceOf(StateConflict.class).hasMessage(message);
  }
}
