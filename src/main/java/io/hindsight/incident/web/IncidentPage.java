package io.hindsight.incident.web;

import io.hindsight.incident.application.IncidentSteps;
import io.hindsight.incident.application.IncidentView;
import io.hindsight.incident.application.IncidentViews;
import io.hindsight.incident.application.Timeline;
import io.hindsight.incident.domain.EntryKind;
import io.hindsight.incident.domain.Evidence;
import io.hindsight.incident.domain.EvidenceLink;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.runbook.application.RunbookPicker;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One incident: SLA clock, escalation, timeline, runbooks, evidence and the lifecycle steps. */
@Named
@ViewScoped
public class IncidentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject IncidentViews views;
  @Inject IncidentSteps steps;
  @Inject Timeline timeline;
  @Inject IncidentPageReads reads;
  @Inject CallerIdentity identity;

  /** How many of the latest timeline entries the page shows unless asked for all. */
  static final int LATEST_ENTRIES = 100;

  private String key;
  private boolean all;
  private String confirm;
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
      reads.visible(incidentKey);
    } catch (NotFound missing) {
      problem = missing.getMessage();
      incidentKey = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public IncidentView getIncident() {
    if (incident == null && incidentKey != null) {
      incident = views.detail(reads.visible(incidentKey));
    }
    return incident;
  }

  /** The latest entries (all of them when the address asks with {@code all=true}). */
  public List<TimelineEntry> getEntries() {
    if (entries == null && incidentKey != null) {
      Incident visible = reads.visible(incidentKey);
      entries = all ? timeline.entries(visible) : timeline.latest(visible, LATEST_ENTRIES);
    }
    return entries;
  }

  public long getEntryCount() {
    return incidentKey == null ? 0 : reads.entryCount(incidentKey);
  }

  /** The id of the entry added last, from which the live timeline asks for newer ones. */
  public long getLastEntryId() {
    return incidentKey == null ? 0 : reads.lastEntryId(incidentKey);
  }

  /** The live timeline's stamp of the state shown; see {@link IncidentLiveServlet#stamp}. */
  public String getStamp() {
    return getIncident() == null ? "" : IncidentLiveServlet.stamp(getIncident());
  }

  /** The lifecycle step that comes next: acknowledge, mitigate, resolve, or none once resolved. */
  public String getNextStep() {
    IncidentView i = getIncident();
    if (i == null) {
      return "";
    }
    return switch (i.status()) {
      case "declared" -> "acknowledge";
      case "acknowledged" -> "mitigate";
      case "mitigated" -> "resolve";
      default -> "";
    };
  }

  public static String kindLabel(EntryKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(String confirm) {
    this.confirm = confirm;
  }

  public List<Evidence> getEvidence() {
    return incidentKey == null ? List.of() : reads.evidence(incidentKey);
  }

  public List<EvidenceLink> getLinks() {
    return incidentKey == null ? List.of() : reads.links(incidentKey);
  }

  public List<RunbookLink> getRunbooks() {
    return incidentKey == null ? List.of() : reads.runbooks(incidentKey);
  }

  public List<RunbookPicker.Pick> getSuggestions() {
    return incidentKey == null ? List.of() : reads.suggestions(incidentKey);
  }

  public List<RunbookFeedback> getFeedback() {
    return incidentKey == null ? List.of() : reads.feedback(incidentKey);
  }

  public boolean isResponder() {
    return identity.responder();
  }

  public String acknowledge() {
    return step(IncidentSteps.Step.ACKNOWLEDGE, "Acknowledged.");
  }

  public String mitigate() {
    return step(IncidentSteps.Step.MITIGATE, "Mitigated.");
  }

  public String resolve() {
    return step(IncidentSteps.Step.RESOLVE, "Resolved.");
  }

  public String reopen() {
    return step(IncidentSteps.Step.REOPEN, "Reopened.");
  }

  private String step(IncidentSteps.Step step, String done) {
    return run(
        () -> steps.take(incidentKey, step, Optional.empty(), Optional.empty(), identity.caller()),
        done);
  }

  /**
   * Runs a responder's change and reports the outcome: after a change, a redirect to the incident's
   * own address (a reload never posts twice); after a refusal, the same page with what was typed.
   */
  String run(Runnable change, String done) {
    if (!identity.responder() || incidentKey == null) {
      FacesMessages.error("Only responders can change incidents.");
      return null;
    }
    try {
      change.run();
      FacesMessages.infoAfterPost(done);
      if (FacesMessages.isAjax()) {
        forget();
        return null;
      }
      return "/incident?faces-redirect=true&key=" + incidentKey.value();
    } catch (FieldRefused refused) {
      FacesMessages.error(describe(refused));
    } catch (StateConflict | NotFound refused) {
      FacesMessages.error(refused.getMessage());
    }
    forget();
    return null;
  }

  private void forget() {
    incident = null;
    entries = null;
    reads.forget();
  }

  /** "Resolve…": shows the confirmation on the page. */
  public void askToResolve() {
    confirm = "resolve";
  }

  /** Leaves the confirmation without resolving. */
  public void cancelConfirm() {
    confirm = null;
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
