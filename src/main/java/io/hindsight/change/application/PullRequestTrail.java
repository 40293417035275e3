package io.hindsight.change.application;

import java.util.Optional;

/**
 * What a forge knows of a change request: its pull (merge) request there, and the reviews and
 * comments given on it. Implemented by the forge feature; a change request on a repository without
 * a forge has none.
 */
public interface PullRequestTrail {

  /** The pull request opened for the change request, once it is open on its forge. */
  Optional<ChangeDetail.PullRequest> of(long changeRequestId);
}
