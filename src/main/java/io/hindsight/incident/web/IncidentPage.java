package io.hindsight.incident.web;

import io.hindsight.incident.application.EvidenceService;
import io.hindsight.incident.application.IncidentRunbooks;
import io.hindsight.incident.application.IncidentService;
import io.hindsight.incident.application.IncidentSteps;
import io.hindsight.incident.application.IncidentView;
import io.hindsight.incident.application.IncidentViews;
import io.hindsight.incident.application.Timeline;
import io.hindsight.incident.domain.Evidence;
import io.hindsight.incident.domain.EvidenceLink;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.runbook.domain.RunbookSummary;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** One incident: SLA clock, escalation, timeline, runbooks, evidence and the lifecycle steps. */
@Named
@ViewScoped
public class IncidentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject IncidentService service;
  @Inject IncidentViews views;
  @Inject IncidentSteps steps;
  @Inject Timeline timeline;
  @Inject EvidenceService evidence;
  @Inject IncidentRunbooks runbooks;
  @Inject CallerIdentity identity;

  private String key;
  private IncidentKey incidentKey;
  private String problem;
  private transient IncidentView incident;
  private transient List<TimelineEntry> entries;

  public void load() {
    incidentKey = IncidentKey.parse(key).orElse(null);
    try {
      if (incidentKey == null) {
        throw NotFound.of("incident", String.valueOf(key));
      }
      service.visible(incidentKey, identity.caller());
    } catch (NotFound missing) {
      problem = missing.getMessage();
      incidentKey = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public IncidentView getIncident() {
    if (incident == null && incidentKey != null) {
      incident = views.detail(service.visible(incidentKey, identity.caller()));
    }
    return incident;
  }

  public List<TimelineEntry> getEntries() {
    if (entries == null && incidentKey != null) {
      entries = timeline.of(incidentKey, identity.caller());
    }
    return entries;
  }

  public List<Evidence> getEvidence() {
    return incidentKey == null ? List.of() : evidence.list(incidentKey, identity.caller());
  }

  public List<EvidenceLink> getLinks() {
    return incidentKey == null ? List.of() : evidence.links(incidentKey, identity.caller());
  }

  public List<RunbookLink> getRunbooks() {
    return incidentKey == null ? List.of() : runbooks.links(incidentKey, identity.caller());
  }

  public List<RunbookSummary> getSuggestions() {
    return incidentKey == null ? List.of() : runbooks.suggestions(incidentKey, identity.caller());
  }

  public List<RunbookFeedback> getFeedback() {
    return incidentKey == null ? List.of() : runbooks.feedback(incidentKey, identity.caller());
  }

  public boolean isResponder() {
    return identity.responder();
  }

  public void acknowledge() {
    step(IncidentSteps.Step.ACKNOWLEDGE, "Acknowledged.");
  }

  public void mitigate() {
    step(IncidentSteps.Step.MITIGATE, "Mitigated.");
  }

  public void resolve() {
    step(IncidentSteps.Step.RESOLVE, "Resolved.");
  }

  public void reopen() {
    step(IncidentSteps.Step.REOPEN, "Reopened.");
  }

  private void step(IncidentSteps.Step step, String done) {
    run(
        () -> steps.take(incidentKey, step, Optional.empty(), Optional.empty(), identity.caller()),
        done);
  }

  /** Runs a responder's change, reports the outcome, and shows fresh data afterwards. */
  void run(Runnable change, String done) {
    if (!identity.responder() || incidentKey == null) {
      FacesMessages.error("Only responders can change incidents.");
      return;
    }
    try {
      change.run();
      FacesMessages.info(done);
    } catch (FieldRefused refused) {
      FacesMessages.error(describe(refused));
    } catch (StateConflict | NotFound refused) {
      FacesMessages.error(refused.getMessage());
    }
    incident = null;
    entries = null;
  }

  static String describe(FieldRefused refused) {
    return refused.getMessage();
  }

  IncidentKey incidentKey() {
    return incidentKey;
  }

  public String getProblem() {
    return problem;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
