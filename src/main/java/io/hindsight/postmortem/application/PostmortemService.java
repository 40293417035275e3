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
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.postmortem.domain.DueState;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemContent;
import io.hindsight.postmortem.domain.PostmortemDeadline;
import io.hindsight.postmortem.domain.PostmortemEdit;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.postmortem.domain.PostmortemRevision;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Post-mortems from opening to publication: opened when an incident is resolved (or on request),
 * edited by their authors, checked for blame, reviewed by someone else and published; every save a
 * revision.
 */
@ApplicationScoped
@Transactional
public class PostmortemService {

  @Inject Postmortems postmortems;
  @Inject PostmortemTemplates templates;
  @Inject PostmortemSettings settings;
  @Inject Incidents incidents;
  @Inject IncidentService incidentService;
  @Inject Timeline timeline;
  @Inject IncidentRunbooks runbooks;
  @Inject PostmortemActionItems actionItems;
  @Inject Clock clock;
  @Inject BlameCheck blame;
  @Inject PostmortemPeople people;
  @Inject Event<PostmortemChanged> changed;

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
      recordRevision(
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
    recordRevision(postmortem, Optional.of(reason));
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

  public Postmortem visible(PostmortemKey key, Caller caller) {
    return postmortems
        .find(key)
        .filter(postmortem -> incidentOf(postmortem, caller).isPresent())
        .orElseThrow(() -> NotFound.of("post-mortem", key.value()));
  }

  /**
   * Makes {@code person} a participant of the post-mortem's incident, so that a reviewer or an
   * action item's owner can see a restricted one.
   */
  public void letSee(Postmortem postmortem, Username person) {
    incidents.find(postmortem.key().incident()).orElseThrow().addParticipant(person);
  }

  public Optional<Postmortem> ofIncident(Incident incident) {
    return postmortems.ofIncident(incident.id());
  }

  private Optional<Incident> incidentOf(Postmortem postmortem, Caller caller) {
    return incidents
        .find(postmortem.key().incident())
        .filter(incident -> incident.isVisibleTo(caller.username(), caller.admin()));
  }

  public ResultPage<Postmortem> list(PostmortemFilter filter, Caller caller, int page, int size) {
    Instant now = clock.instant();
    List<Postmortem> matching =
        postmortems.matching(filter, caller).stream()
            .filter(p -> filter.due().map(due -> dueState(p, now) == due).orElse(true))
            .toList();
    int from = Math.min(matching.size(), page * size);
    int to = Math.min(matching.size(), from + size);
    return new ResultPage<>(matching.subList(from, to), page, size, matching.size());
  }

  public DueState dueState(Postmortem postmortem) {
    return dueState(postmortem, clock.instant());
  }

  private DueState dueState(Postmortem postmortem, Instant now) {
    return settings
        .deadlinePolicy()
        .deadline(postmortem.resolvedAt(), postmortem.dueAt())
        .stateAt(now, postmortem.status());
  }

  public PostmortemTemplate templateOf(Postmortem postmortem) {
    return templates.version(postmortem.templateVersion()).orElseThrow();
  }

  public IncidentFacts facts(Postmortem postmortem) {
    Incident incident = incidents.find(postmortem.key().incident()).orElseThrow();
    return IncidentFacts.of(incident, timeline.entries(incident), postmortem, clock.instant());
  }

  /** Saves new content; the version must be the one the author loaded. */
  public Postmortem update(
      PostmortemKey key,
      long basedOnVersion,
      PostmortemContent content,
      Optional<String> reason,
      Caller caller) {
    Postmortem postmortem = forChange(key, caller);
    StaleVersion.check("post-mortem " + key, basedOnVersion, postmortem.version());
    PostmortemEdit edit =
        settings
            .workflow()
            .edit(
                postmortem.status(),
                caller.username(),
                postmortem.participants(),
                reason.orElse(null));
    people.requireUsers("authors", content.authors(), Role.RESPONDER);
    Set<Long> entryIds =
        timeline.entries(incidents.find(key.incident()).orElseThrow()).stream()
            .map(entry -> entry.id())
            .collect(Collectors.toSet());
    if (!entryIds.containsAll(content.hiddenEntries())) {
      throw FieldRefused.field(
          "hiddenEntries", "Only entries of the incident's log can be left out of the timeline.");
    }
    postmortem.revise(templateOf(postmortem), content, caller.username(), clock.instant());
    if (edit == PostmortemEdit.NEW_REVISION) {
      settings.workflow().revisePublished(blame.unacknowledged(postmortem));
    }
    recordRevision(postmortem, edit == PostmortemEdit.NEW_REVISION ? reason : Optional.empty());
    return postmortem;
  }

  /** The visible post-mortem, its row locked for the change that follows. */
  public Postmortem forChange(PostmortemKey key, Caller caller) {
    Postmortem postmortem = visible(key, caller);
    return postmortems.lockForChange(postmortem);
  }

  /** Stores the post-mortem as it is now as its latest revision. */
  public void recordRevision(Postmortem postmortem, Optional<String> reason) {
    postmortems.flush();
    postmortems.addRevision(PostmortemRevision.of(postmortem, reason, document(postmortem)));
    changed.fire(new PostmortemChanged(postmortem.key()));
  }

  public String document(Postmortem postmortem) {
    return PostmortemDocument.markdown(
        postmortem, templateOf(postmortem), facts(postmortem), actionItems.of(postmortem.id()));
  }

  public List<PostmortemRevision> revisions(PostmortemKey key, Caller caller) {
    return postmortems.revisions(visible(key, caller));
  }

  public PostmortemRevision revision(PostmortemKey key, int number, Caller caller) {
    return postmortems
        .revision(visible(key, caller), number)
        .orElseThrow(() -> NotFound.of("post-mortem", key.value() + " revision " + number));
  }
}
