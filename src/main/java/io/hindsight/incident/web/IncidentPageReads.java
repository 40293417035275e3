package io.hindsight.incident.web;

import io.hindsight.incident.application.EvidenceService;
import io.hindsight.incident.application.IncidentRunbooks;
import io.hindsight.incident.application.IncidentService;
import io.hindsight.incident.application.Timeline;
import io.hindsight.incident.domain.Evidence;
import io.hindsight.incident.domain.EvidenceLink;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import io.hindsight.runbook.application.RunbookPicker;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one request of the incident page reads, each read once: Faces asks a getter in every phase
 * and for every {@code rendered} check, and the runbook suggestions are a full-text search.
 */
@RequestScoped
public class IncidentPageReads {

  @Inject IncidentService service;
  @Inject Timeline timeline;
  @Inject EvidenceService evidence;
  @Inject IncidentRunbooks runbooks;
  @Inject CallerIdentity identity;

  private IncidentKey key;
  private Incident visible;
  private Long entryCount;
  private Long lastEntryId;
  private List<Evidence> files;
  private List<EvidenceLink> links;
  private List<RunbookLink> used;
  private List<RunbookPicker.Pick> suggestions;
  private List<RunbookFeedback> feedback;

  Incident visible(IncidentKey incident) {
    on(incident);
    if (visible == null) {
      visible = service.visible(incident, identity.caller());
    }
    return visible;
  }

  long entryCount(IncidentKey incident) {
    on(incident);
    entryCount = once(entryCount, () -> timeline.count(visible(incident)));
    return entryCount;
  }

  long lastEntryId(IncidentKey incident) {
    on(incident);
    lastEntryId = once(lastEntryId, () -> timeline.lastId(visible(incident)));
    return lastEntryId;
  }

  List<Evidence> evidence(IncidentKey incident) {
    on(incident);
    files = once(files, () -> evidence.list(incident, identity.caller()));
    return files;
  }

  List<EvidenceLink> links(IncidentKey incident) {
    on(incident);
    links = once(links, () -> evidence.links(incident, identity.caller()));
    return links;
  }

  List<RunbookLink> runbooks(IncidentKey incident) {
    on(incident);
    used = once(used, () -> runbooks.links(incident, identity.caller()));
    return used;
  }

  List<RunbookPicker.Pick> suggestions(IncidentKey incident) {
    on(incident);
    suggestions = once(suggestions, () -> runbooks.suggestions(incident, identity.caller()));
    return suggestions;
  }

  List<RunbookFeedback> feedback(IncidentKey incident) {
    on(incident);
    feedback = once(feedback, () -> runbooks.feedback(incident, identity.caller()));
    return feedback;
  }

  /** Forgets what was read, after a change that failed part-way or for another incident. */
  void forget() {
    visible = null;
    entryCount = null;
    lastEntryId = null;
    files = null;
    links = null;
    used = null;
    suggestions = null;
    feedback = null;
  }

  private void on(IncidentKey incident) {
    if (!incident.equals(key)) {
      forget();
      key = incident;
    }
  }

  private static <T> T once(T read, Supplier<T> reader) {
    return read != null ? read : reader.get();
  }
}
