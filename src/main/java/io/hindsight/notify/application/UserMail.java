package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.ChannelModes;
import io.hindsight.notify.domain.DeliveryMode;
import io.hindsight.notify.domain.IdempotencyKey;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Tells a Hindsight user, once per key and channel, as they chose for the kind and channel: by
 * email (enabled users with an address; held for the daily digest when they chose it), and, where
 * an admin set a chat URL for the kind, by a mention in that chat (when their chat choice for the
 * kind is immediately). A channel turned off gets nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UserMail {

  @Inject UserAccounts users;
  @Inject NotificationQueue queue;
  @Inject NotificationPreferences preferences;
  @Inject ChannelSettings channels;

  /** A message about one subject; the key is {@code <ref>:<slot>:user-<name>:email}. */
  public record Message(
      NotificationKind kind,
      SubjectType subjectType,
      String subjectRef,
      String slot,
      String title,
      String body,
      String link) {}

  /** Queues the message for {@code user}; tells whether anything was queued. */
  public boolean send(Username user, Message message) {
    ChannelModes modes = preferences.modes(user, message.kind());
    Optional<UserAccount> account = users.find(user).filter(UserAccount::enabled);
    if (!modes.anything() || account.isEmpty()) {
      return false;
    }
    boolean queued = false;
    Optional<String> address = account.flatMap(UserAccount::email);
    if (address.isPresent() && modes.email() != DeliveryMode.OFF) {
      NotificationDraft email = draft(user, message, Channel.EMAIL, address.get());
      if (modes.email() == DeliveryMode.DIGEST) {
        queue.hold(email);
      } else {
        queue.enqueue(email);
      }
      queued = true;
    }
    if (modes.chat() == DeliveryMode.IMMEDIATELY && channels.chatUrl(message.kind()).isPresent()) {
      queue.enqueue(draft(user, message, Channel.CHAT, "@" + user.value()));
      queued = true;
    }
    return queued;
  }

  private static NotificationDraft draft(
      Username user, Message message, Channel channel, String recipient) {
    return new NotificationDraft(
        message.kind(),
        channel,
        recipient,
        message.subjectType(),
        message.subjectRef(),
        message.title(),
        message.body(),
        message.link(),
        IdempotencyKey.of(
            message.subjectRef(), message.slot(), "user-" + user.value(), channel.spelling()));
  }
}
