package io.hindsight.incident.api;

import io.hindsight.incident.application.IncidentNotifications;
import io.hindsight.platform.outbox.OutboxMessage;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The escalation notifications queued for an incident, and whether they were sent. */
@Path("incidents/{key}/notifications")
@RequestScoped
@RolesAllowed("responder")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject IncidentNotifications notifications;
  @Inject CallerIdentity identity;

  /** A queued notification. */
  public record NotificationView(
      String kind,
      String recipient,
      String subject,
      String dedupeKey,
      String state,
      int attempts,
      Instant createdAt) {
    static NotificationView of(OutboxMessage m) {
      return new NotificationView(
          m.kind(),
          m.recipient(),
          m.subject(),
          m.dedupeKey(),
          m.state(),
          m.attempts(),
          m.createdAt());
    }
  }

  @GET
  public List<NotificationView> list(@PathParam("key") String key) {
    return notifications.of(RequestFields.key(key), identity.caller()).stream()
        .map(NotificationView::of)
        .toList();
  }
}
