package io.hindsight.postmortem.web;

import io.hindsight.postmortem.application.PostmortemFilter;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.postmortem.application.PostmortemViews;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Post-mortems in review that wait for the caller: those naming them as a reviewer, and for a
 * reviewer those that name nobody yet; never their own.
 */
@Named
@RequestScoped
public class PostmortemsToReview {

  @Inject PostmortemService service;
  @Inject PostmortemViews views;
  @Inject CallerIdentity identity;

  private List<PostmortemView> waiting;

  public List<PostmortemView> getWaiting() {
    if (waiting == null) {
      String me = identity.caller().username().value();
      boolean reviewer = identity.hasRole(Role.REVIEWER);
      PostmortemFilter inReview =
          new PostmortemFilter(
              Optional.empty(),
              Optional.of(PostmortemStatus.IN_REVIEW),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      waiting =
          service.list(inReview, identity.caller(), 0, PostmortemsPage.LIMIT).items().stream()
              .map(views::summary)
              .filter(p -> !p.authors().contains(me))
              .filter(p -> p.reviewers().contains(me) || (reviewer && p.reviewers().isEmpty()))
              .toList();
    }
    return waiting;
  }
}
