package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Escalates open incidents one by one, each in its own transaction. */
@ApplicationScoped
public class OpenIncidentEscalation {

  @Inject Incidents incidents;
  @Inject Escalations escalations;
  @PersistenceContext EntityManager em;

  @Transactional
  public List<Long> openIncidentIds() {
    return incidents.open().stream().map(Incident::id).toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void escalate(Long id, Instant now) {
    Incident incident = em.find(Incident.class, id);
    if (incident != null && incident.status().isOpen()) {
      escalations.escalate(incident, now, true);
    }
  }
}
