package io.hindsight.notify.domain;

import java.util.Locale;

/**
 * How a notification travels. {@code FORGE} carries a change request to its repository's forge (a
 * pull request): the outbox's retries and backoff, delivered by the {@code forge} feature's
 * channel.
 */
public enum Channel {
  EMAIL,
  CHAT,
  WEBHOOK,
  FORGE;

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }
}
