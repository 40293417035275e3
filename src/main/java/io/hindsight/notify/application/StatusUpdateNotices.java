package io.hindsight.notify.application;

import io.hindsight.incident.application.IncidentView;
import io.hindsight.incident.application.IncidentViews;
import io.hindsight.incident.application.Incidents;
import io.hindsight.incident.domain.Incident;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Tells the commander of an open incident whose severity has a status-update cadence (P0 and P1:
 * every 30 minutes) that an update is due, once per due time: the key holds the due time, which
 * moves on with every status update posted. Not subject to preferences: the commander is on the
 * chain.
 */
@ApplicationScoped
public class StatusUpdateNotices {

  @PersistenceContext EntityManager em;
  @Inject Incidents incidents;
  @Inject IncidentViews views;
  @Inject UserMail mail;

  @Transactional
  public List<Long> openIds() {
    return incidents.open().stream().map(Incident::id).toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remind(Long id, Instant now) {
    Incident incident = em.find(Incident.class, id);
    if (incident == null || !incident.status().isOpen()) {
      return;
    }
    IncidentView.Sla sla = views.summary(incident).sla();
    Instant due = sla.statusUpdateDueAt();
    if (due == null || now.isBefore(due)) {
      return;
    }
    String key = incident.key().value();
    incident
        .roles()
        .commander()
        .ifPresent(
            commander ->
                mail.send(
                    commander,
                    new UserMail.Message(
                        NotificationKind.STATUS_UPDATE_DUE,
                        SubjectType.INCIDENT,
                        key,
                        "status-update-" + due.getEpochSecond(),
                        "[" + incident.severity() + "] " + key + " status update due",
                        "A status update on "
                            + key
                            + " "
                            + incident.title().value()
                            + " was due at "
                            + due
                            + ". Post one on the incident's timeline.",
                        "incident.xhtml?key=" + key)));
  }
}
