package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.SlaClock;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Builds incident views with their SLA clock (and escalation state for a single incident). */
@ApplicationScoped
@Transactional
public class IncidentViews {

  @Inject IncidentService service;
  @Inject Escalations escalations;
  @Inject Clock clock;
  @Inject Incidents incidents;

  /** The open incidents {@code caller} may see, in the home's order ({@link OpenIncidentOrder}). */
  public List<OpenIncidentOrder.Row> openFor(Caller caller) {
    return OpenIncidentOrder.sorted(
        incidents.open().stream()
            .filter(i -> i.isVisibleTo(caller.username(), caller.admin()))
            .map(this::summary)
            .toList(),
        caller.username().value());
  }

  /**
   * Summaries of a page of incidents in one transaction: each severity policy version they use is
   * read once.
   */
  public List<IncidentView> summaries(List<Incident> page) {
    return page.stream().map(this::summary).toList();
  }

  public IncidentView summary(Incident incident) {
    Instant now = clock.instant();
    return IncidentView.of(incident, sla(incident, now), null);
  }

  public IncidentView detail(Incident incident) {
    Instant now = clock.instant();
    return IncidentView.of(incident, sla(incident, now), escalations.state(incident, now));
  }

  private io.hindsight.incident.domain.SlaState sla(Incident incident, Instant now) {
    return SlaClock.of(incident, service.policyOf(incident).definition(incident.severity()), now);
  }
}
