package io.hindsight.incident.application;

import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The escalation messages of an incident and how their delivery is doing. */
@ApplicationScoped
@Transactional
public class IncidentNotifications {

  @Inject IncidentService service;
  @Inject EscalationDeliveries deliveries;

  public List<EscalationDeliveries.Delivery> of(IncidentKey key, Caller caller) {
    service.visible(key, caller);
    return deliveries.of(key);
  }
}
