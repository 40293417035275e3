package io.hindsight.incident.application;

import io.hindsight.incident.domain.EntryKind;
import io.hindsight.incident.domain.EntryText;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An incident's log: read in order of when things happened, appended to, never edited. */
@ApplicationScoped
@Transactional
public class Timeline {

  @PersistenceContext EntityManager em;
  @Inject IncidentService service;
  @Inject Clock clock;
  @Inject Instance<EntryNotes> notes;

  /** A gentle note on an entry's text from the features that give one; never a refusal. */
  public Optional<String> noteOn(String text) {
    for (EntryNotes source : notes) {
      Optional<String> note = source.noteOn(text);
      if (note.isPresent()) {
        return note;
      }
    }
    return Optional.empty();
  }

  public List<TimelineEntry> of(IncidentKey key, Caller caller) {
    return entries(service.visible(key, caller));
  }

  public List<TimelineEntry> entries(Incident incident) {
    return em.createQuery(
            "select e from TimelineEntry e where e.incidentId = :id"
                + " order by e.occurredAt, e.id",
            TimelineEntry.class)
        .setParameter("id", incident.id())
        .getResultList();
  }

  /** The last {@code limit} entries in order of when things happened. */
  public List<TimelineEntry> latest(Incident incident, int limit) {
    List<TimelineEntry> newestFirst =
        new java.util.ArrayList<>(
            em.createQuery(
                    "select e from TimelineEntry e where e.incidentId = :id"
                        + " order by e.occurredAt desc, e.id desc",
                    TimelineEntry.class)
                .setParameter("id", incident.id())
                .setMaxResults(limit)
                .getResultList());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** Entries written after the entry {@code afterId} (by id: in the order they were added). */
  public List<TimelineEntry> addedAfter(Incident incident, long afterId) {
    return em.createQuery(
            "select e from TimelineEntry e where e.incidentId = :id and e.id > :after"
                + " order by e.occurredAt, e.id",
            TimelineEntry.class)
        .setParameter("id", incident.id())
        .setParameter("after", afterId)
        .getResultList();
  }

  /** The id of the entry added last; 0 when there is none. */
  public long lastId(Incident incident) {
    Long last =
        em.createQuery("select max(e.id) from TimelineEntry e where e.incidentId = :id", Long.class)
            .setParameter("id", incident.id())
            .getSingleResult();
    return last == null ? 0 : last;
  }

  public long count(Incident incident) {
    return em.createQuery(
            "select count(e) from TimelineEntry e where e.incidentId = :id", Long.class)
        .setParameter("id", incident.id())
        .getSingleResult();
  }

  public TimelineEntry append(
      IncidentKey key,
      EntryKind kind,
      EntryText text,
      Optional<Instant> occurredAt,
      Optional<Long> corrects,
      Caller caller) {
    Incident incident = service.visible(key, caller);
    Instant now = clock.instant();
    TimelineEntry corrected =
        corrects
            .map(
                id ->
                    Optional.ofNullable(em.find(TimelineEntry.class, id))
                        .filter(e -> e.incidentId().equals(incident.id()))
                        .orElseThrow(
                            () ->
                                FieldRefused.field(
                                    "corrects", "must be an entry of this incident")))
            .orElse(null);
    TimelineEntry entry =
        TimelineEntry.append(
            incident, kind, text, caller.username(), occurredAt.orElse(now), corrected, now);
    em.persist(entry);
    incident.addParticipant(caller.username());
    if (kind == EntryKind.STATUS_UPDATE) {
      incident.statusUpdatePosted(now);
    }
    return entry;
  }

  /** An entry for something a responder did through another part of the incident page. */
  public void record(Incident incident, String text, Caller caller) {
    em.persist(
        TimelineEntry.recorded(incident, EntryKind.NOTE, text, caller.username(), clock.instant()));
    incident.addParticipant(caller.username());
  }
}
