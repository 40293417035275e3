package io.hindsight.incident.api;

import io.hindsight.incident.application.EscalationDeliveries;
import io.hindsight.incident.application.IncidentNotifications;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The escalation messages of an incident and their real delivery state. */
@Path("incidents/{key}/notifications")
@RequestScoped
@RolesAllowed("responder")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject IncidentNotifications notifications;
  @Inject CallerIdentity identity;

  @GET
  public List<EscalationDeliveries.Delivery> list(@PathParam("key") String key) {
    return notifications.of(RequestFields.key(key), identity.caller());
  }
}
