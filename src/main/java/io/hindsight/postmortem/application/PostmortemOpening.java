package io.hindsight.postmortem.application;

import io.hindsight.incident.application.IncidentResolved;
import io.hindsight.incident.application.IncidentRunbooks;
import io.hindsight.incident.application.IncidentService;
import io.hindsight.incident.application.IncidentSeverityChanged;
import io.hindsight.incident.application.Incidents;
import io.hindsight.incident.application.Timeline;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.IncidentStatus;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemDeadline;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * When a post-mortem opens: at the resolution of an incident whose severity requires one, when a
 * resolved incident is raised to such a severity, or on request; and when a waived one is required
 * again. Its deadline counts from the resolution, or from its opening when that comes later.
 */
@ApplicationScoped
@Transactional
public class PostmortemOpening {

  @Inject Postmortems postmortems;
  @Inject PostmortemTemplates templates;
  @Inject PostmortemSettings settings;
  @Inject PostmortemService service;
  @Inject Incidents incidents;
  @Inject IncidentService incidentService;
  @Inject Timeline timeline;
  @Inject IncidentRunbooks runbooks;
  @Inject Clock clock;

  void incidentResolved(@Observes IncidentResolved event) {
    Incident incident = event.incident();
    Optional<Postmortem> existing = postmortems.ofIncident(incident.id());
    if (existing.isPresent()) {
      Postmortem postmortem = existing.get();
      postmortem.followIncident(incident.severity(), settings.requiredFor(incident.severity()));
      if (!postmortem.status().isClosed()) {
        postmortem.rescheduled(deadline(incident));
      } else {
        requireAgain(postmortem, incident, deadline(incident), event.resolvedBy());
      }
      return;
    }
    if (settings.requiredFor(incident.severity())) {
      open(
          incident,
          event.resolvedBy().username(),
          true,
          deadline(incident),
          "Opened when the incident was resolved.");
    }
  }

  /**
   * The post-mortem follows its incident's severity. Once the incident is resolved, a severity that
   * requires a post-mortem opens the missing one, or makes a waived one a draft again, due counted
   * from now; while it is open, that happens at its resolution.
   */
  void incidentSeverityChanged(@Observes IncidentSeverityChanged event) {
    Incident incident = event.incident();
    boolean required = settings.requiredFor(incident.severity());
    boolean resolved = incident.status() == IncidentStatus.RESOLVED;
    Optional<Postmortem> existing = postmortems.ofIncident(incident.id());
    if (existing.isPresent()) {
      existing.get().followIncident(incident.severity(), required);
      if (resolved) {
        requireAgain(existing.get(), incident, deadlineFromNow(incident), event.changedBy());
      }
    } else if (resolved && required) {
      open(
          incident,
          event.changedBy().username(),
          true,
          deadlineFromNow(incident),
          "Opened when the incident became a " + incident.severity() + ".");
    }
  }

  private void requireAgain(
      Postmortem postmortem, Incident incident, PostmortemDeadline deadline, Caller by) {
    if (postmortem.requiredAgain(deadline, by.username(), clock.instant())) {
      service.recordRevision(
          postmortem,
          Optional.of("Required again: the incident is a " + incident.severity() + "."));
      timeline.record(
          incident,
          "Post-mortem "
              + postmortem.key()
              + " is required for a "
              + incident.severity()
              + ": a draft again, due "
              + postmortem.dueAt()
              + ".",
          by);
    }
  }

  /** Opens the post-mortem of a resolved incident that does not require one. */
  public Postmortem start(IncidentKey key, Caller caller) {
    Incident incident = incidents.lockForChange(incidentService.visible(key, caller));
    if (incident.status() != IncidentStatus.RESOLVED) {
      throw new StateConflict(
          "Incident " + key + " is not resolved yet; its post-mortem starts at resolution.");
    }
    if (postmortems.ofIncident(incident.id()).isPresent()) {
      throw new StateConflict(
          "Incident " + key + " already has post-mortem " + PostmortemKey.of(key) + ".");
    }
    return open(
        incident,
        caller.username(),
        settings.requiredFor(incident.severity()),
        deadlineFromNow(incident),
        "Opened on request.");
  }

  private Postmortem open(
      Incident incident,
      Username opener,
      boolean required,
      PostmortemDeadline deadline,
      String reason) {
    Instant now = clock.instant();
    Set<Username> authors = new LinkedHashSet<>();
    authors.add(opener);
    incident.roles().commander().ifPresent(authors::add);
    PostmortemTemplate template = templates.current();
    Postmortem postmortem =
        Postmortem.open(
            incident.key(),
            incident.id(),
            incident.title().value(),
            incident.severity(),
            required,
            template,
            deadline,
            authors,
            PostmortemPrefill.of(
                incident,
                runbooks.links(incident.key(), new Caller(opener, true)),
                runbooks.feedback(incident.key(), new Caller(opener, true))),
            now);
    postmortems.add(postmortem);
    service.recordRevision(postmortem, Optional.of(reason));
    timeline.record(
        incident,
        "Post-mortem "
            + postmortem.key()
            + " opened, due "
            + postmortem.dueAt()
            + (required ? "." : " (optional for this severity)."),
        new Caller(opener, false));
    return postmortem;
  }

  /** Due counted from the incident's resolution. */
  private PostmortemDeadline deadline(Incident incident) {
    return settings
        .deadlinePolicy()
        .deadlineFor(incident.lifecycle().resolvedAt().orElseGet(clock::instant));
  }

  /** Due counted from now, for a post-mortem opened after the resolution. */
  private PostmortemDeadline deadlineFromNow(Incident incident) {
    Instant now = clock.instant();
    return settings
        .deadlinePolicy()
        .deadlineFor(incident.lifecycle().resolvedAt().orElse(now), now);
  }
}
