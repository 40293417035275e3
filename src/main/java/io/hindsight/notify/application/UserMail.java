package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
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
 * Emails a Hindsight user, once per key: enabled users with an address on their account who have
 * not turned the kind off get the message; others are skipped.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UserMail {

  @Inject UserAccounts users;
  @Inject NotificationQueue queue;
  @Inject NotificationPreferences preferences;

  /** A message about one subject; the key is {@code <ref>:<slot>:user-<name>:email}. */
  public record Message(
      NotificationKind kind,
      SubjectType subjectType,
      String subjectRef,
      String slot,
      String title,
      String body,
      String link) {}

  public boolean send(Username user, Message message) {
    if (!preferences.wants(user, message.kind())) {
      return false;
    }
    Optional<String> address =
        users.find(user).filter(UserAccount::enabled).flatMap(UserAccount::email);
    if (address.isEmpty()) {
      return false;
    }
    queue.enqueue(
        new NotificationDraft(
            message.kind(),
            Channel.EMAIL,
            address.get(),
            message.subjectType(),
            message.subjectRef(),
            message.title(),
            message.body(),
            message.link(),
            IdempotencyKey.of(
                message.subjectRef(), message.slot(), "user-" + user.value(), "email")));
    return true;
  }
}
