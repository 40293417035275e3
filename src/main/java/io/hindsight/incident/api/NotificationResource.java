package io.hindsight.incident.api;

import io.hindsight.incident.application.IncidentNotifications;
import io.hindsight.platform.outbox.OutboxMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;

/** The escalation notifications queued for an incident, and whether they were sent. */
@Path("incidents/{key}/notifications")
@RequestScoped
@RolesAllowed("responder")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject IncidentNotifications notifications;
  @Context SecurityContext security;

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
    return notifications.of(RequestFields.key(key), Callers.of(security)).stream()
        .map(NotificationView::of)
        .toList();
  }
}
