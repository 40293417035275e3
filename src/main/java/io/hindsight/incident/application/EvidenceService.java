package io.hindsight.incident.application;

import io.hindsight.incident.domain.Evidence;
import io.hindsight.incident.domain.EvidenceFileName;
import io.hindsight.incident.domain.EvidenceLink;
import io.hindsight.incident.domain.EvidenceRules;
import io.hindsight.incident.domain.EvidenceType;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.Sha256;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Attaches evidence files to incidents and lists them, each with its SHA-256. */
@ApplicationScoped
@Transactional
public class EvidenceService {

  @PersistenceContext EntityManager em;
  @Inject IncidentService service;
  @Inject Timeline timeline;
  @Inject EvidenceStore store;
  @Inject Clock clock;

  public Evidence attach(
      IncidentKey key,
      EvidenceFileName fileName,
      String contentType,
      byte[] content,
      Caller caller) {
    Incident incident = service.visible(key, caller);
    EvidenceType type = EvidenceRules.check(contentType, content);
    Sha256 hash = store.store(content);
    Evidence evidence =
        new Evidence(
            incident, fileName, type, content.length, hash, caller.username(), clock.instant());
    em.persist(evidence);
    timeline.record(
        incident,
        "Attached evidence " + fileName + " (" + content.length + " bytes, SHA-256 " + hash + ").",
        caller);
    return evidence;
  }

  public EvidenceLink link(IncidentKey key, String url, String title, Caller caller) {
    Incident incident = service.visible(key, caller);
    EvidenceLink link = EvidenceLink.of(incident, url, title, caller.username(), clock.instant());
    em.persist(link);
    timeline.record(incident, "Linked evidence " + link.title() + " (" + link.url() + ").", caller);
    return link;
  }

  public List<EvidenceLink> links(IncidentKey key, Caller caller) {
    Incident incident = service.visible(key, caller);
    return em.createQuery(
            "select l from EvidenceLink l where l.incidentId = :id order by l.addedAt, l.id",
            EvidenceLink.class)
        .setParameter("id", incident.id())
        .getResultList();
  }

  public List<Evidence> list(IncidentKey key, Caller caller) {
    Incident incident = service.visible(key, caller);
    return em.createQuery(
            "select e from Evidence e where e.incidentId = :id order by e.uploadedAt, e.id",
            Evidence.class)
        .setParameter("id", incident.id())
        .getResultList();
  }

  public Optional<Evidence> find(IncidentKey key, long id, Caller caller) {
    Incident incident = service.visible(key, caller);
    return Optional.ofNullable(em.find(Evidence.class, id))
        .filter(e -> e.incidentId().equals(incident.id()));
  }
}
