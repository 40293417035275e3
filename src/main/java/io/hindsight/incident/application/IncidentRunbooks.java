package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import io.hindsight.incident.domain.RunbookProblem;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookPicker;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The runbooks used in an incident, and feedback on their steps for the review queue. */
@ApplicationScoped
@Transactional
public class IncidentRunbooks {

  private static final int SUGGESTIONS = 5;

  @PersistenceContext EntityManager em;
  @Inject IncidentService service;
  @Inject Timeline timeline;
  @Inject RunbookPicker picker;
  @Inject RunbookRepositories repositories;
  @Inject RunbookInspection inspection;
  @Inject Clock clock;

  /** Links a runbook; linking it again returns the existing link. */
  public RunbookLink link(
      IncidentKey key, RepositoryKey repository, RunbookPath path, Caller caller) {
    Incident incident = service.visible(key, caller);
    requireRunbook(repository, path);
    return links(incident).stream()
        .filter(l -> l.repository().equals(repository) && l.path().equals(path))
        .findFirst()
        .orElseGet(
            () -> {
              RunbookLink link =
                  new RunbookLink(
                      incident,
                      new RunbookRef(repository, path),
                      caller.username(),
                      clock.instant());
              em.persist(link);
              timeline.record(incident, "Used runbook " + repository + ":" + path + ".", caller);
              return link;
            });
  }

  /**
   * The runbooks whose triggers and text best match the incident's title and services (the
   * library's suggest).
   */
  public List<RunbookPicker.Pick> suggestions(IncidentKey key, Caller caller) {
    Incident incident = service.visible(key, caller);
    String text =
        incident.title().value()
            + " "
            + incident.services().stream().map(ServiceName::value).collect(Collectors.joining(" "));
    return inspection.suggest(text, SUGGESTIONS, Optional.empty()).stream()
        .map(hit -> picker.find(hit.repository(), hit.path()))
        .flatMap(Optional::stream)
        .toList();
  }

  public List<RunbookLink> links(IncidentKey key, Caller caller) {
    return links(service.visible(key, caller));
  }

  public RunbookFeedback flag(
      IncidentKey key,
      RepositoryKey repository,
      RunbookPath path,
      String step,
      RunbookProblem problem,
      String note,
      Caller caller) {
    Incident incident = service.visible(key, caller);
    requireRunbook(repository, path);
    RunbookFeedback feedback =
        new RunbookFeedback(
            incident,
            new RunbookRef(repository, path),
            step,
            problem,
            note,
            caller.username(),
            clock.instant());
    em.persist(feedback);
    timeline.record(
        incident,
        "Flagged runbook "
            + repository
            + ":"
            + path
            + " as "
            + problem.name().toLowerCase(java.util.Locale.ROOT)
            + " at "
            + feedback.step()
            + ".",
        caller);
    return feedback;
  }

  public List<RunbookFeedback> feedback(IncidentKey key, Caller caller) {
    Incident incident = service.visible(key, caller);
    return em.createQuery(
            "select f from RunbookFeedback f where f.incidentId = :id order by f.createdAt, f.id",
            RunbookFeedback.class)
        .setParameter("id", incident.id())
        .getResultList();
  }

  /** One feedback item, if the caller may see its incident. */
  public Optional<RunbookFeedback> feedbackItem(long id, Caller caller) {
    RunbookFeedback feedback = em.find(RunbookFeedback.class, id);
    if (feedback == null) {
      return Optional.empty();
    }
    Incident incident = em.find(Incident.class, feedback.incidentId());
    try {
      service.visible(incident.key(), caller);
    } catch (RuntimeException hidden) {
      return Optional.empty();
    }
    return Optional.of(feedback);
  }

  /** Marks feedback fixed by a merged change; unknown ids are ignored. */
  public void feedbackFixed(long id) {
    RunbookFeedback feedback = em.find(RunbookFeedback.class, id);
    if (feedback != null) {
      feedback.fixed();
    }
  }

  private List<RunbookLink> links(Incident incident) {
    return em.createQuery(
            "select l from RunbookLink l where l.incidentId = :id order by l.linkedAt, l.id",
            RunbookLink.class)
        .setParameter("id", incident.id())
        .getResultList();
  }

  /** Checks against the runbook index, so that linking reads no Git. */
  private void requireRunbook(RepositoryKey repository, RunbookPath path) {
    if (repositories.registered(repository).isEmpty()) {
      throw FieldRefused.field("repository", "there is no runbook repository " + repository);
    }
    if (picker.find(repository, path).isEmpty()) {
      throw FieldRefused.field("path", "there is no runbook " + path + " in " + repository);
    }
  }
}
