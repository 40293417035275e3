package io.hindsight.notify.api;

import io.hindsight.notify.application.CalendarFeeds;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's calendar feed: {@code POST} issues a new address (the old one stops working), {@code
 * DELETE} revokes it, {@code GET} tells whether one exists.
 */
@Path("me/calendar-feed")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class MyCalendarFeedResource {

  @Inject CalendarFeeds feeds;
  @Inject CallerIdentity identity;

  @GET
  public CalendarFeeds.Status status() {
    return feeds.status(identity.caller().username());
  }

  @POST
  public CalendarFeeds.Issued renew() {
    return feeds.renew(identity.caller().username());
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "The feed address no longer answers.")
  public Response revoke() {
    feeds.revoke(identity.caller().username());
    return Response.noContent().build();
  }
}
