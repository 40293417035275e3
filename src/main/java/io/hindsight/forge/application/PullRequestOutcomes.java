package io.hindsight.forge.application;

import io.hindsight.change.application.ChangeOnForge;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.PullRequestState;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A pull request merged or closed on its forge closes its change request with the same loop as an
 * internal merge or close, whether a webhook said so or the poll found it. Applying the same end
 * twice changes nothing the second time: the change request is finished already.
 */
@ApplicationScoped
public class PullRequestOutcomes {

  @Inject ChangeOnForge changes;
  @Inject PullRequestRecords records;
  @Inject ForgeLogins logins;

  /**
   * Applies {@code event} to {@code change}; the pull request's end, or empty when it is still open
   * (nothing to do).
   */
  public Optional<PullRequestState> apply(
      ForgeKind kind, ChangeRequest change, PullRequestEvent event) {
    long id = change.id();
    Username by = event.sender().flatMap(login -> logins.user(kind, login)).orElse(change.author());
    switch (event.outcome()) {
      case MERGED -> {
        changes.mergedOnForge(id, event.mergeCommit().orElse(change.headCommit()), by);
        records.finished(id, PullRequestState.MERGED);
        return Optional.of(PullRequestState.MERGED);
      }
      case CLOSED -> {
        changes.closedOnForge(id, by);
        records.finished(id, PullRequestState.CLOSED);
        return Optional.of(PullRequestState.CLOSED);
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
