package io.hindsight.notify.application;

import io.hindsight.notify.domain.NotificationKind;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat and webhook receivers of each kind, read once for one claimed batch: a batch of 100
 * webhook messages of one kind reads its setting (a database read and the opening of the sealed
 * secret) once instead of 100 times. Lives only as long as the batch, so an admin's change applies
 * from the next batch on every node. Safe for the batch's sender threads.
 */
public final class BatchReceivers {

  private final ChannelSettings settings;
  private final Map<NotificationKind, Optional<ChannelSettings.Webhook>> webhooks =
      new ConcurrentHashMap<>();
  private final Map<NotificationKind, Optional<URI>> chats = new ConcurrentHashMap<>();

  BatchReceivers(ChannelSettings settings) {
    this.settings = settings;
  }

  Optional<ChannelSettings.Webhook> webhook(NotificationKind kind) {
    return webhooks.computeIfAbsent(kind, settings::webhook);
  }

  Optional<URI> chatUrl(NotificationKind kind) {
    return chats.computeIfAbsent(kind, settings::chatUrl);
  }
}
