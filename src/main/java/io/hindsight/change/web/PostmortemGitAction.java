package io.hindsight.change.web;

import io.hindsight.change.application.ChangeActors;
import io.hindsight.change.application.ChangeDetail;
import io.hindsight.change.application.PostmortemCommits;
import io.hindsight.change.application.PostmortemCommits.Route;
import io.hindsight.change.application.PostmortemGitTargets;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.PostmortemGitTarget;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Commit to Git" on a published post-mortem: for review on a change request, or straight to the
 * base branch where the repository allows it; the outcome, or why not, shown next to the buttons.
 */
@Named("postmortemGit")
@RequestScoped
public class PostmortemGitAction {

  @Inject PostmortemCommits commits;
  @Inject PostmortemGitTargets targets;
  @Inject CallerIdentity identity;

  private Optional<PostmortemGitTarget> target;
  private String outcome;
  private String problem;
  private Long changeId;
  private final Map<String, Optional<ChangeDetail.Push>> directPushes = new HashMap<>();

  /** Whether the buttons show: a responder, and a repository that takes post-mortems. */
  public boolean isAvailable() {
    return identity.responder() && target().isPresent();
  }

  public boolean isDirectAllowed() {
    return isAvailable()
        && identity.hasRole(Role.REVIEWER)
        && target().map(PostmortemGitTarget::directCommits).orElse(false);
  }

  /**
   * The push of the post-mortem's latest direct commit, if there was one; read once a request, as
   * the page asks for it more than once.
   */
  public Optional<ChangeDetail.Push> directPush(String key) {
    return directPushes.computeIfAbsent(
        key, k -> PostmortemKey.parse(k).flatMap(commits::directPush));
  }

  public String getDestination() {
    return target().map(t -> t.repository() + ", folder " + t.folder().value()).orElse("");
  }

  public void commitForReview(String key) {
    commit(key, Route.REVIEW);
  }

  public void commitDirect(String key) {
    commit(key, Route.DIRECT);
  }

  private void commit(String key, Route route) {
    try {
      PostmortemKey parsed =
          PostmortemKey.parse(key).orElseThrow(() -> NotFound.of("post-mortem", key));
      PostmortemCommits.Committed done =
          commits.commit(parsed, route, ChangeActors.of(identity), identity.caller());
      directPushes.clear();
      changeId = done.change().map(ChangeRequest::id).orElse(null);
      outcome =
          done.change()
              .map(
                  change ->
                      (done.created() ? "Committed " : "Already on ")
                          + done.file().path()
                          + " in "
                          + done.file().repository()
                          + " on change request #"
                          + change.id()
                          + ", "
                          + change.state().word()
                          + ".")
              .orElse(
                  "Committed "
                      + done.file().path()
                      + " to the base branch of "
                      + done.file().repository()
                      + " ("
                      + done.commit().substring(0, 10)
                      + ")"
                      + (done.pushQueued()
                          ? "; it is pushed to the remote in a moment (retried if the remote is"
                              + " down)."
                          : "."));
      FacesMessages.info(outcome);
    } catch (StateConflict | FieldRefused | Forbidden | NotFound refused) {
      problem = refused.getMessage();
      FacesMessages.error(problem);
    }
  }

  private Optional<PostmortemGitTarget> target() {
    if (target == null) {
      target = targets.current();
    }
    return target;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getProblem() {
    return problem;
  }

  public Long getChangeId() {
    return changeId;
  }
}
