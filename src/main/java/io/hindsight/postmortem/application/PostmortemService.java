package io.hindsight.postmortem.application;

import io.hindsight.incident.application.Incidents;
import io.hindsight.incident.application.Timeline;
import io.hindsight.incident.domain.Incident;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.postmortem.domain.DueState;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemContent;
import io.hindsight.postmortem.domain.PostmortemEdit;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.postmortem.domain.PostmortemRevision;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Post-mortems once opened ({@link PostmortemOpening}): found for those who may see them, edited by
 * their authors, checked for blame; every save a revision.
 */
@ApplicationScoped
@Transactional
public class PostmortemService {

  @Inject Postmortems postmortems;
  @Inject PostmortemTemplates templates;
  @Inject PostmortemSettings settings;
  @Inject Incidents incidents;
  @Inject Timeline timeline;
  @Inject PostmortemActionItems actionItems;
  @Inject Clock clock;
  @Inject BlameCheck blame;
  @Inject PostmortemPeople people;
  @Inject Event<PostmortemChanged> changed;
  @Inject AuditTrail audit;

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
    if (filter.due().isEmpty()) {
      Postmortems.Page ids = postmortems.idsOfPage(filter, caller, page * size, size);
      return new ResultPage<>(postmortems.withIds(ids.ids()), page, size, ids.total());
    }
    Instant now = clock.instant();
    List<Postmortems.Listed> matching =
        postmortems.matching(filter, caller).stream()
            .filter(
                p ->
                    filter
                        .due()
                        .map(due -> dueState(p.resolvedAt(), p.dueAt(), p.status(), now) == due)
                        .orElse(true))
            .toList();
    int from = Math.min(matching.size(), page * size);
    int to = Math.min(matching.size(), from + size);
    List<Long> ids = matching.subList(from, to).stream().map(Postmortems.Listed::id).toList();
    return new ResultPage<>(postmortems.withIds(ids), page, size, matching.size());
  }

  public DueState dueState(Postmortem postmortem) {
    return dueState(postmortem, clock.instant());
  }

  private DueState dueState(Postmortem postmortem, Instant now) {
    return dueState(postmortem.resolvedAt(), postmortem.dueAt(), postmortem.status(), now);
  }

  private DueState dueState(
      Instant resolvedAt, Instant dueAt, PostmortemStatus status, Instant now) {
    return settings.deadlinePolicy().deadline(resolvedAt, dueAt).stateAt(now, status);
  }

  public PostmortemTemplate templateOf(Postmortem postmortem) {
    return templates.version(postmortem.templateVersion()).orElseThrow();
  }

  /**
   * The incident facts a list shows (duration, SLA) for each post-mortem of a page, by id, in one
   * query: without the timeline, which only a single post-mortem shows.
   */
  public Map<Long, IncidentFacts> listFacts(List<Postmortem> page) {
    Map<String, Incident> byKey = new HashMap<>();
    incidents
        .withKeys(page.stream().map(p -> p.key().incident()).toList())
        .forEach(incident -> byKey.put(incident.key().value(), incident));
    Instant now = clock.instant();
    Map<Long, IncidentFacts> facts = new HashMap<>();
    for (Postmortem postmortem : page) {
      Incident incident = byKey.get(postmortem.key().incident().value());
      if (incident != null) {
        facts.put(postmortem.id(), IncidentFacts.of(incident, List.of(), postmortem, now));
      }
    }
    return facts;
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
    List<PostmortemRevision> earlier = postmortems.revisions(postmortem);
    PostmortemRevision revision = PostmortemRevision.of(postmortem, reason, document(postmortem));
    postmortems.addRevision(revision);
    audit.record(
        AuditSubject.of("postmortem", postmortem.key().toString()),
        earlier.isEmpty() ? AuditAction.CREATED : AuditAction.of("revised"),
        FieldChanges.between(
            earlier.isEmpty() ? Map.of() : fields(earlier.get(earlier.size() - 1)),
            fields(revision)),
        reason);
    changed.fire(new PostmortemChanged(postmortem.key()));
  }

  /**
   * What the audit trail records of a revision: its status and each written section of its document
   * (the incident facts and action items are recorded where they change).
   */
  private static Map<String, String> fields(PostmortemRevision revision) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("status", revision.status().name().toLowerCase(Locale.ROOT));
    String section = null;
    StringBuilder text = new StringBuilder();
    for (String line : (revision.document() + "\n## end").split("\n", -1)) {
      if (line.startsWith("## ")) {
        if (section != null && !DERIVED_SECTIONS.contains(section)) {
          fields.put("section." + section, text.toString().strip());
        }
        section = line.substring(3).strip();
        text.setLength(0);
      } else if (section != null) {
        text.append(line).append('\n');
      }
    }
    return fields;
  }

  private static final Set<String> DERIVED_SECTIONS = Set.of("Incident facts", "Action items");

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
