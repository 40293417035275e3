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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The delivery log for admins: every message and its state, retry and discard. */
@Path("notifications")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

  @Inject DeliveryLog log;
  @Context UriInfo uri;

  @GET
  @Parameter(
      name = "state",
      in = ParameterIn.QUERY,
      description = "Only deliveries in this state.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "queued",
                "sending",
                "sent",
                "failed",
                "dead",
                "discarded",
                "held",
                "digested"
              }))
  @Parameter(
      name = "kind",
      in = ParameterIn.QUERY,
      description = "Only deliveries of this kind.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "escalation",
                "status_update_due",
                "postmortem_created",
                "postmortem_due_soon",
                "postmortem_due",
                "postmortem_overdue",
                "review_requested",
                "changes_requested",
                "postmortem_approved",
                "action_assigned",
                "action_due_soon",
                "action_overdue",
                "runbook_review_assigned",
                "runbook_review_due",
                "runbook_review_overdue",
                "runbook_review_digest",
                "change_review_requested",
                "change_reviewed",
                "change_merged",
                "change_closed",
                "channel_test",
                "daily_digest"
              }))
  @Parameter(
      name = "recipient",
      in = ParameterIn.QUERY,
      description = "Only deliveries to this recipient.",
      schema = @Schema(type = SchemaType.STRING, maxLength = 320))
  @Parameter(
      name = "offset",
      in = ParameterIn.QUERY,
      description = "Deliveries to skip.",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "0",
              maximum = "1000000",
              defaultValue = "0"))
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "Deliveries to return.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
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
