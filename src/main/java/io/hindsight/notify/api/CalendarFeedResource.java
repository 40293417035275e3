package io.hindsight.notify.api;

import io.hindsight.notify.application.CalendarFeeds;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /api/v1/calendar/{token}.ics}: a personal iCalendar feed, authenticated by the secret
 * in its address (calendar clients send no credentials).
 */
@Path("calendar")
@RequestScoped
@PermitAll
public class CalendarFeedResource {

  @Inject CalendarFeeds feeds;

  @GET
  @Path("{token}.ics")
  @Produces("text/calendar; charset=utf-8")
  public String feed(@PathParam("token") String token) {
    return feeds.feed(token);
  }
}
