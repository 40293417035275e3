package io.hindsight.incident.web;

import io.hindsight.incident.application.IncidentFilter;
import io.hindsight.incident.application.IncidentService;
import io.hindsight.incident.application.IncidentView;
import io.hindsight.incident.application.IncidentViews;
import io.hindsight.incident.domain.Declaration;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentCategory;
import io.hindsight.incident.domain.IncidentRoles;
import io.hindsight.incident.domain.IncidentTitle;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The incident list (open first, SLA state at a glance) and the declare form. */
@Named
@RequestScoped
public class IncidentsPage {

  @Inject IncidentService service;
  @Inject IncidentViews views;
  @Inject CallerIdentity identity;
  @Inject Clock clock;

  private List<IncidentView> incidents;
  private String title;
  private String severity = "P2";
  private String category = "OUTAGE";
  private String services;
  private Integer startedMinutesAgo = 0;

  public List<IncidentView> getIncidents() {
    if (incidents == null) {
      incidents =
          views.summaries(service.search(IncidentFilter.all(), identity.caller(), 0, 100).items());
    }
    return incidents;
  }

  public boolean isResponder() {
    return identity.responder();
  }

  public List<Severity> getSeverities() {
    return Arrays.asList(Severity.values());
  }

  public List<IncidentCategory> getCategories() {
    return Arrays.asList(IncidentCategory.values());
  }

  public String declare() {
    if (!identity.responder()) {
      FacesMessages.error("Only responders can declare incidents.");
      return null;
    }
    try {
      Instant now = clock.instant();
      if (startedMinutesAgo == null || startedMinutesAgo < 0 || startedMinutesAgo > 525_600) {
        throw FieldRefused.field("startedAt", "must be 0 to 525600 minutes ago");
      }
      IncidentCategory chosen =
          IncidentCategory.parse(category)
              .orElseThrow(() -> FieldRefused.field("category", "is not a category"));
      Instant started = now.minus(Duration.ofMinutes(startedMinutesAgo));
      Incident incident =
          service.declare(
              new Declaration(
                  IncidentTitle.of(title),
                  Severity.parse(severity)
                      .orElseThrow(() -> FieldRefused.field("severity", "is not P0-P3")),
                  chosen,
                  serviceNames(),
                  started,
                  now,
                  chosen.restrictedByDefault()),
              new IncidentRoles(identity.caller().username(), null, null),
              identity.caller());
      FacesMessages.infoAfterRedirect("Declared " + incident.key() + ".");
      return "/incident?faces-redirect=true&key=" + incident.key().value();
    } catch (FieldRefused refused) {
      FacesMessages.error(IncidentPage.describe(refused));
      return null;
    }
  }

  private Set<ServiceName> serviceNames() {
    Set<ServiceName> names = new LinkedHashSet<>();
    if (services != null) {
      for (String name : services.split(",")) {
        if (!name.isBlank()) {
          names.add(ServiceName.of(name));
        }
      }
    }
    if (names.size() > Declaration.MAX_SERVICES) {
      throw FieldRefused.field("services", "must have at most 20 entries");
    }
    return names;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getServices() {
    return services;
  }

  public void setServices(String services) {
    this.services = services;
  }

  public Integer getStartedMinutesAgo() {
    return startedMinutesAgo;
  }

  public void setStartedMinutesAgo(Integer startedMinutesAgo) {
    this.startedMinutesAgo = startedMinutesAgo;
  }
}
