package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.IdempotencyKey;
import io.hindsight.notify.domain.Notification;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The "send test" of the channel settings: a {@code channel_test} message to each receiver set for
 * a kind (chat, webhook) and to the admin's own address, queued and delivered like any other, so
 * the delivery log shows whether the receivers work.
 */
@ApplicationScoped
@Transactional
public class ChannelTests {

  @Inject ChannelSettings channels;
  @Inject NotificationQueue queue;
  @Inject UserAccounts users;
  @Inject Clock clock;

  /** Queues the test messages of {@code kind}; returns their ids. */
  public List<Long> send(NotificationKind kind, Username admin) {
    if (!kind.choosable()) {
      throw FieldRefused.field("kind", "is not a kind that has receivers");
    }
    Instant now = clock.instant();
    String run = UUID.randomUUID().toString();
    List<Long> queued = new ArrayList<>();
    if (channels.chatUrl(kind).isPresent()) {
      queued.add(queue(kind, Channel.CHAT, "chat", admin, now, run));
    }
    if (channels.webhook(kind).isPresent()) {
      queued.add(queue(kind, Channel.WEBHOOK, "webhook", admin, now, run));
    }
    Optional<String> email = users.find(admin).flatMap(UserAccount::email);
    if (email.isPresent()) {
      queued.add(queue(kind, Channel.EMAIL, email.get(), admin, now, run));
    }
    if (queued.isEmpty()) {
      throw new StateConflict(
          "Nothing to test: set a chat or webhook URL for "
              + kind.spelling()
              + ", or an email address on your account.");
    }
    return List.copyOf(queued);
  }

  private long queue(
      NotificationKind kind,
      Channel channel,
      String recipient,
      Username admin,
      Instant now,
      String run) {
    Notification message =
        queue.enqueue(
            new NotificationDraft(
                NotificationKind.CHANNEL_TEST,
                channel,
                recipient,
                SubjectType.CHANNEL,
                kind.spelling(),
                "Hindsight test message for " + kind.spelling(),
                "A test of the "
                    + channel.spelling()
                    + " receiver of "
                    + kind.spelling()
                    + " messages, sent by "
                    + admin.value()
                    + " at "
                    + now
                    + ". Nothing needs doing.",
                "admin/channels.xhtml",
                IdempotencyKey.of("channel-test", kind.spelling(), run, channel.spelling())));
    return message.id();
  }
}
