package io.hindsight.postmortem.domain;

import io.hindsight.security.domain.Username;
import java.util.Set;

/** Who wrote a post-mortem and who was chosen to review it. */
public record PostmortemParticipants(Set<Username> authors, Set<Username> reviewers) {

  public PostmortemParticipants {
    authors = Set.copyOf(authors);
    reviewers = Set.copyOf(reviewers);
  }

  public boolean isAuthor(Username user) {
    return authors.contains(user);
  }

  /** A chosen reviewer who is not also an author. */
  public boolean isIndependentReviewer(Username user) {
    return reviewers.contains(user) && !authors.contains(user);
  }
}
