package io.hindsight.notify.api;

import io.hindsight.notify.application.DeliveryLog;
import io.hindsight.notify.domain.DeliveryState;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The delivery log for admins: every message and its state, retry and discard. */
@Path("notifications")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

  @Inject DeliveryLog log;
  @Context UriInfo uri;

  @GET
  public DeliveryLog.Page list() {
    QueryParameters query =
        QueryParameters.of(
            uri.getQueryParameters(), Set.of("state", "kind", "recipient", "offset", "limit"));
    Optional<DeliveryState> state =
        query
            .one("state")
            .map(
                raw ->
                    DeliveryState.ofLabel(raw)
                        .orElseThrow(() -> FieldRefused.field("state", states())));
    Optional<NotificationKind> kind =
        query
            .one("kind")
            .map(
                raw ->
                    NotificationKind.parse(raw)
                        .orElseThrow(() -> FieldRefused.field("kind", kinds())));
    Optional<String> recipient = query.one("recipient").filter(r -> !r.isBlank());
    if (recipient.isPresent() && recipient.get().length() > 320) {
      throw FieldRefused.field("recipient", "must be at most 320 characters");
    }
    return log.list(
        new DeliveryLog.Filter(state, kind, recipient),
        query.number("offset", 0, 1_000_000).orElse(0),
        query.number("limit", 1, 200).orElse(50));
  }

  static String states() {
    return "must be one of "
        + Arrays.stream(DeliveryState.values())
            .map(DeliveryState::label)
            .collect(Collectors.joining(", "));
  }

  static String kinds() {
    return "must be one of "
        + Arrays.stream(NotificationKind.values())
            .map(NotificationKind::spelling)
            .collect(Collectors.joining(", "));
  }

  @GET
  @Path("{id}")
  public DeliveryLog.Entry entry(@PathParam("id") String id) {
    return log.entry(id(id));
  }

  @POST
  @Path("{id}/retry")
  public DeliveryLog.Entry retry(@PathParam("id") String id) {
    return log.retry(id(id));
  }

  @POST
  @Path("{id}/discard")
  public DeliveryLog.Entry discard(@PathParam("id") String id) {
    return log.discard(id(id));
  }

  private static long id(String raw) {
    return QueryParameters.number("id", raw, 1, Integer.MAX_VALUE);
  }
}
