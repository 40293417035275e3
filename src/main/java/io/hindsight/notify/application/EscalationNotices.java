package io.hindsight.notify.application;

import io.hindsight.incident.application.EscalationDeliveries;
import io.hindsight.incident.application.EscalationFired;
import io.hindsight.incident.domain.EscalationContact;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.IdempotencyKey;
import io.hindsight.notify.domain.Notification;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * Turns each escalation step into messages, in the transaction that records the step: an email to
 * every contact with an address, a chat message to every contact with a handle (when admins set a
 * chat webhook for escalations), and one signed webhook call (when one is set). Keys are {@code
 * <incident>:<rule>:contact-<id>:<channel>}, so a step repeated by a second node queues nothing.
 */
@ApplicationScoped
public class EscalationNotices implements EscalationDeliveries {

  @Inject NotificationQueue queue;
  @Inject ChannelSettings channels;
  @PersistenceContext EntityManager em;

  void escalated(@Observes EscalationFired event) {
    Incident incident = event.incident();
    String key = incident.key().value();
    String role = event.rule().role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String title = "[" + incident.severity() + "] " + key + " " + incident.title().value();
    String body =
        event.rule().reason()
            + "\nIncident: "
            + key
            + " ("
            + incident.severity()
            + ", "
            + incident.category().name().toLowerCase(Locale.ROOT)
            + ", "
            + incident.status().name().toLowerCase(Locale.ROOT)
            + ")\nYou are the "
            + role
            + ".";
    String link = "incident.xhtml?key=" + key;
    boolean chat = channels.chatUrl(NotificationKind.ESCALATION).isPresent();
    for (EscalationContact person : event.contacts()) {
      String contact = "contact-" + person.id();
      person
          .email()
          .ifPresent(
              email ->
                  queue.enqueue(
                      draft(Channel.EMAIL, email, key, title, body, link, event, contact)));
      if (chat) {
        person
            .chatHandle()
            .ifPresent(
                handle ->
                    queue.enqueue(
                        draft(Channel.CHAT, handle, key, title, body, link, event, contact)));
      }
    }
    if (channels.webhook(NotificationKind.ESCALATION).isPresent()) {
      queue.enqueue(
          new NotificationDraft(
              NotificationKind.ESCALATION,
              Channel.WEBHOOK,
              "webhook",
              SubjectType.INCIDENT,
              key,
              title,
              body,
              link,
              IdempotencyKey.of(key, event.rule().name(), "webhook")));
    }
  }

  private static NotificationDraft draft(
      Channel channel,
      String recipient,
      String incident,
      String title,
      String body,
      String link,
      EscalationFired event,
      String contact) {
    return new NotificationDraft(
        NotificationKind.ESCALATION,
        channel,
        recipient,
        SubjectType.INCIDENT,
        incident,
        title,
        body,
        link,
        IdempotencyKey.of(incident, event.rule().name(), contact, channel.spelling()));
  }

  @Override
  public List<Delivery> of(IncidentKey key) {
    return em.createQuery(
            "select n from Notification n where n.subjectType = :type and n.subjectRef = :ref"
                + " and n.kind = :kind order by n.id",
            Notification.class)
        .setParameter("type", SubjectType.INCIDENT)
        .setParameter("ref", key.value())
        .setParameter("kind", NotificationKind.ESCALATION)
        .getResultStream()
        .map(EscalationNotices::delivery)
        .toList();
  }

  private static Delivery delivery(Notification n) {
    String[] parts = n.idempotencyKey().split(":");
    return new Delivery(
        parts.length > 1 ? parts[1] : "",
        n.channel().spelling(),
        n.recipient(),
        n.title(),
        n.idempotencyKey(),
        n.state().label(),
        n.attempts(),
        n.lastError().orElse(null),
        n.createdAt(),
        n.sentAt().orElse(null));
  }
}
