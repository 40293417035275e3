package io.hindsight.forge.application;

import io.hindsight.notify.application.Delivery;
import io.hindsight.notify.application.DeliveryChannel;
import io.hindsight.notify.application.DeliveryFailure;
import io.hindsight.notify.domain.Channel;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The outbox's forge channel: a queued pull request is published by {@link PullRequestPublisher}; a
 * failure goes back to the outbox with the forge's Retry-After, and is tried again with backoff.
 */
@ApplicationScoped
public class ForgeChannel implements DeliveryChannel {

  @Inject PullRequestPublisher publisher;

  @Override
  public Channel channel() {
    return Channel.FORGE;
  }

  @Override
  public void deliver(Delivery delivery) throws DeliveryFailure {
    long id;
    RepositoryKey repository;
    try {
      id = Long.parseLong(delivery.subjectRef().replaceFirst("^CR-", ""));
      repository = RepositoryKey.of(delivery.recipient());
    } catch (IllegalArgumentException e) {
      throw new DeliveryFailure("not a change request's pull request: " + delivery.subjectRef());
    }
    try {
      publisher.publish(id, repository);
    } catch (ForgeFailure e) {
      throw e.retryAfter().isPresent()
          ? new DeliveryFailure(e.getMessage(), e.retryAfter().get())
          : new DeliveryFailure(e.getMessage(), e);
    }
  }
}
