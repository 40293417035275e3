package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.IdempotencyKey;
import io.hindsight.notify.domain.Notification;
import io.hindsight.notify.domain.NotificationKind;
import java.time.Instant;
import java.util.Optional;

/** What a channel needs to send one claimed message, detached from the database. */
public record Delivery(
    long id,
    NotificationKind kind,
    Channel channel,
    String recipient,
    String subjectType,
    String subjectRef,
    String title,
    String body,
    Optional<String> link,
    IdempotencyKey key,
    int attempt,
    Instant createdAt) {

  static Delivery of(Notification n) {
    return new Delivery(
        n.id(),
        n.kind(),
        n.channel(),
        n.recipient(),
        n.subjectType().name().toLowerCase(java.util.Locale.ROOT),
        n.subjectRef(),
        n.title(),
        n.body(),
        n.link(),
        new IdempotencyKey(n.idempotencyKey()),
        n.attempts(),
        n.createdAt());
  }

  /**
   * Whose receivers this message goes to: its own kind's, or for a channel test the kind under test
   * (its subject).
   */
  public NotificationKind receiverKind() {
    if (kind == NotificationKind.CHANNEL_TEST) {
      return NotificationKind.parse(subjectRef).orElse(kind);
    }
    return kind;
  }
}
