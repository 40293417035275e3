package io.hindsight.incident.web;

import io.hindsight.incident.application.IncidentService;
import io.hindsight.incident.application.IncidentView;
import io.hindsight.incident.application.IncidentViews;
import io.hindsight.incident.application.Timeline;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.platform.json.Jsonp;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.web.Formats;
import io.hindsight.security.application.CallerIdentity;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What changed on an incident since the page last looked, for the page's live timeline: {@code
 * /incident-live?key=INC-…&after=<last entry id>} answers the entries added since, and a stamp of
 * the status and escalation state (the page fetches those sections again only when it changes). The
 * same visibility as the page: 404 for what the caller may not see.
 */
@WebServlet(name = "incidentLive", urlPatterns = "/incident-live")
public class IncidentLiveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient IncidentService service;
  @Inject transient IncidentViews views;
  @Inject transient Timeline timeline;
  @Inject transient CallerIdentity identity;
  @Inject transient Formats fmt;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<IncidentKey> key = IncidentKey.parse(request.getParameter("key"));
    Optional<Long> after = number(request.getParameter("after"));
    if (key.isEmpty() || after.isEmpty()) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "Give an incident key and the last entry id seen.");
      return;
    }
    Incident incident;
    try {
      incident = service.visible(key.get(), identity.caller());
    } catch (NotFound hidden) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<TimelineEntry> added = timeline.addedAfter(incident, after.get());
    JsonArrayBuilder entries = Jsonp.array();
    for (TimelineEntry e : added) {
      entries.add(
          Jsonp.object()
              .add("id", e.id())
              .add("at", e.occurredAt().toString())
              .add("time", fmt.time(e.occurredAt()))
              .add("kind", IncidentPage.kindLabel(e.kind()))
              .add("css", "entry-" + e.kind().name().toLowerCase(java.util.Locale.ROOT))
              .add("author", e.author().map(a -> a.value()).orElse("Hindsight"))
              .add("text", e.text()));
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    Jsonp.writer(response.getWriter())
        .writeObject(
            Jsonp.object()
                .add("stamp", stamp(views.detail(incident)))
                .add("count", timeline.count(incident))
                .add("entries", entries)
                .build());
  }

  /**
   * Changes whenever the status, the severity, a deadline of the SLA clock or an escalation
   * message's state changes; not for a plain timeline entry.
   */
  static String stamp(IncidentView view) {
    return view.status()
        + "-"
        + view.severity()
        + "-"
        + Integer.toHexString(
            java.util.Objects.hash(
                view.sla().acknowledgeDueAt(), view.sla().statusUpdateDueAt(), view.escalation()));
  }

  private static Optional<Long> number(String value) {
    if (value == null || !value.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(value));
  }
}
