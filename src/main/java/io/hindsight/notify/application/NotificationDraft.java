package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.IdempotencyKey;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;

/** A message to queue: what, to whom, over which channel, about what, under which key. */
public record NotificationDraft(
    NotificationKind kind,
    Channel channel,
    String recipient,
    SubjectType subjectType,
    String subjectRef,
    String title,
    String body,
    String link,
    IdempotencyKey key) {}
