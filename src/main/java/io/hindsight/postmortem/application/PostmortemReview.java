package io.hindsight.postmortem.application;

import io.hindsight.incident.domain.Severity;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.postmortem.domain.PostmortemParticipants;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The review steps of a post-mortem: submit to chosen reviewers, approve, request changes, publish,
 * waive. Each is checked by the workflow and stored as a revision.
 */
@ApplicationScoped
@Transactional
public class PostmortemReview {

  @Inject PostmortemService service;
  @Inject PostmortemSettings settings;
  @Inject PostmortemPeople people;
  @Inject BlameCheck blame;
  @Inject Clock clock;

  public Postmortem submit(PostmortemKey key, Set<Username> reviewers, Caller caller) {
    Postmortem postmortem = service.forChange(key, caller);
    people.requireUsers("reviewers", reviewers, Role.REVIEWER);
    PostmortemStatus next =
        settings
            .workflow()
            .submit(
                postmortem.status(),
                caller.username(),
                new PostmortemParticipants(postmortem.participants().authors(), reviewers),
                blame.unacknowledged(postmortem));
    postmortem.chooseReviewers(reviewers);
    reviewers.forEach(reviewer -> service.letSee(postmortem, reviewer));
    return step(postmortem, next, Optional.empty(), caller);
  }

  public Postmortem approve(PostmortemKey key, Caller caller) {
    Postmortem postmortem = service.forChange(key, caller);
    PostmortemStatus next =
        settings
            .workflow()
            .approve(postmortem.status(), caller.username(), postmortem.participants());
    return step(postmortem, next, Optional.empty(), caller);
  }

  public Postmortem requestChanges(PostmortemKey key, String note, Caller caller) {
    Postmortem postmortem = service.forChange(key, caller);
    PostmortemStatus next =
        settings
            .workflow()
            .requestChanges(
                postmortem.status(), caller.username(), postmortem.participants(), note);
    return step(postmortem, next, Optional.of(note), caller);
  }

  public Postmortem publish(PostmortemKey key, Caller caller) {
    Postmortem postmortem = service.forChange(key, caller);
    PostmortemStatus next =
        settings
            .workflow()
            .publish(
                postmortem.status(),
                caller.username(),
                postmortem.participants(),
                blame.unacknowledged(postmortem));
    return step(postmortem, next, Optional.empty(), caller);
  }

  /** Whether the workflow lets a post-mortem of {@code severity} be waived. */
  public boolean waivable(Severity severity) {
    return settings.workflow().waivable(severity);
  }

  public Postmortem waive(PostmortemKey key, String reason, Caller caller) {
    Postmortem postmortem = service.forChange(key, caller);
    PostmortemStatus next =
        settings
            .workflow()
            .waive(postmortem.status(), people.roleOf(caller), postmortem.severity(), reason);
    return step(postmortem, next, Optional.of(reason), caller);
  }

  private Postmortem step(
      Postmortem postmortem, PostmortemStatus next, Optional<String> note, Caller caller) {
    postmortem.moveTo(next, note, caller.username(), clock.instant());
    service.recordRevision(postmortem, note);
    return postmortem;
  }
}
