package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.DailyDigest;
import io.hindsight.notify.domain.DeliveryState;
import io.hindsight.notify.domain.Notification;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import io.hindsight.postmortem.application.PostmortemSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the daily digests: the emails held for a digest on a day that has ended (in {@code
 * HINDSIGHT_POSTMORTEM_ZONE}) become one email per address and day, queued once under its key; the
 * held ones are marked as digested.
 */
@ApplicationScoped
public class DigestNotices {

  @PersistenceContext EntityManager em;
  @Inject NotificationQueue queue;
  @Inject PostmortemSettings zones;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int send(Instant now) {
    List<Notification> held =
        em.createQuery(
                "select n from Notification n where n.state = :held and n.channel = :email"
                    + " order by n.id",
                Notification.class)
            .setParameter("held", DeliveryState.HELD)
            .setParameter("email", Channel.EMAIL)
            .getResultList();
    Map<Long, Notification> byId =
        held.stream().collect(Collectors.toMap(Notification::id, Function.identity()));
    List<DailyDigest.Digest> due =
        DailyDigest.due(
            held.stream()
                .map(
                    n ->
                        new DailyDigest.Item(
                            n.id(), n.recipient(), n.kind(), n.title(), n.body(), n.createdAt()))
                .toList(),
            now,
            zones.zone());
    for (DailyDigest.Digest digest : due) {
      queue.enqueue(
          new NotificationDraft(
              NotificationKind.DAILY_DIGEST,
              Channel.EMAIL,
              digest.recipient(),
              SubjectType.DIGEST,
              digest.day().toString(),
              digest.title(),
              digest.body(),
              "account.xhtml",
              digest.key()));
      digest.items().forEach(item -> byId.get(item.id()).digested(now));
    }
    return due.size();
  }
}
