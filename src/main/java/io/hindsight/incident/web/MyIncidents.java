package io.hindsight.incident.web;

import io.hindsight.incident.application.IncidentViews;
import io.hindsight.incident.application.OpenIncidentOrder;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The open incidents on the home: the caller's own first, breached first. */
@Named
@RequestScoped
public class MyIncidents {

  /** How many the home lists; the incident list has the others. */
  static final int SHOWN = 10;

  @Inject IncidentViews views;
  @Inject CallerIdentity identity;

  private List<OpenIncidentOrder.Row> open;

  public List<OpenIncidentOrder.Row> getOpen() {
    if (open == null) {
      open = views.openFor(identity.caller());
    }
    return open;
  }

  public List<OpenIncidentOrder.Row> getShown() {
    return getOpen().subList(0, Math.min(SHOWN, getOpen().size()));
  }

  public long getBreachedCount() {
    return getOpen().stream().filter(OpenIncidentOrder.Row::breached).count();
  }
}
