package io.hindsight.forge.application;

import io.hindsight.change.application.ChangeRequestSubmitted;
import io.hindsight.notify.application.NotificationDraft;
import io.hindsight.notify.application.NotificationQueue;
import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.IdempotencyKey;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A change request submitted on a repository with a forge queues its pull request in the outbox, in
 * the submission's transaction: once per submission (the key carries the submission's commit), so a
 * second submission pushes the new commits and reuses the open pull request.
 */
@ApplicationScoped
public class PullRequestQueue {

  @Inject ForgeLinks links;
  @Inject NotificationQueue queue;
  @Inject io.hindsight.change.application.ChangeRequestService changes;

  void submitted(@Observes ChangeRequestSubmitted submitted) {
    if (links.find(submitted.runbook().repository()).isEmpty()) {
      return;
    }
    String head = changes.require(submitted.changeRequestId()).headCommit();
    long id = submitted.changeRequestId();
    queue.enqueue(
        new NotificationDraft(
            NotificationKind.FORGE_PULL_REQUEST,
            Channel.FORGE,
            submitted.runbook().repository().value(),
            SubjectType.CHANGE_REQUEST,
            "CR-" + id,
            "Pull request for: " + submitted.title(),
            "Push " + head + " and open or update the pull request of change request #" + id + ".",
            "change.xhtml?id=" + id,
            new IdempotencyKey("forge-pr:" + id + ":" + head)));
  }
}
