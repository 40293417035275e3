package io.hindsight.notify.api;

import io.hindsight.notify.application.ChannelSettings;
import io.hindsight.notify.application.ChannelTests;
import io.hindsight.notify.application.DeliveryLog;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.text.SingleLine;
import io.hindsight.security.domain.Username;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Where chat and webhook messages of each kind go; admins only. */
@Path("notification-channels")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelSettingsResource {

  @Inject ChannelSettings settings;
  @Inject ChannelTests tests;
  @Inject DeliveryLog log;
  @Context UriInfo uri;
  @Context SecurityContext security;

  /** {@code PUT /api/v1/notification-channels/{kind}}: blank or missing URLs remove a receiver. */
  public record ChannelRequest(
      @SingleLine String chatUrl,
      @SingleLine String webhookUrl,
      @SingleLine String webhookSecret) {}

  @GET
  public List<ChannelSettings.View> list() {
    return settings.all();
  }

  @GET
  @Path("{kind}")
  public ChannelSettings.View one(@PathParam("kind") String kind) {
    return settings.of(kind(kind));
  }

  @PUT
  @Path("{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChannelSettings.View change(@PathParam("kind") String kind, ChannelRequest request) {
    NotificationKind parsed = kind(kind);
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    return settings.change(
        parsed, request.chatUrl(), request.webhookUrl(), request.webhookSecret(), uri.getBaseUri());
  }

  /**
   * {@code POST /api/v1/notification-channels/{kind}/test}: queues a test message to each receiver
   * of the kind and to the caller's address; their state is read in the delivery log.
   */
  @POST
  @Path("{kind}/test")
  public List<DeliveryLog.Entry> test(@PathParam("kind") String kind) {
    return tests.send(kind(kind), Username.of(security.getUserPrincipal().getName())).stream()
        .map(log::entry)
        .toList();
  }

  private static NotificationKind kind(String raw) {
    return NotificationKind.parse(raw)
        .orElseThrow(() -> FieldRefused.field("kind", DeliveryLogResource.kinds()));
  }
}
