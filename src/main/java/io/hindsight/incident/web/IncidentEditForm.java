package io.hindsight.incident.web;

import io.hindsight.incident.application.IncidentChanges;
import io.hindsight.incident.application.IncidentService;
import io.hindsight.incident.application.IncidentView;
import io.hindsight.incident.domain.IncidentCategory;
import io.hindsight.incident.domain.IncidentRoles;
import io.hindsight.incident.domain.IncidentTitle;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Username;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The incident page's edit form for responders: title, severity (the SLA clock follows, with a
 * timeline entry), category, services, the restricted flag and the roles; the same application
 * service as {@code PUT /api/v1/incidents/{key}}.
 */
@Named
@ViewScoped
public class IncidentEditForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_SERVICES = 20;

  @Inject IncidentPage page;
  @Inject IncidentService service;
  @Inject CallerIdentity identity;

  private boolean loaded;
  private long version;
  private String title;
  private String severity;
  private String category;
  private String services;
  private boolean restricted;
  private String commander;
  private String scribe;
  private String liaison;

  private void load() {
    IncidentView i = page.getIncident();
    if (loaded || i == null) {
      return;
    }
    loaded = true;
    version = i.version();
    title = i.title();
    severity = i.severity();
    category = i.category().toUpperCase(java.util.Locale.ROOT);
    services = String.join(", ", i.services());
    restricted = i.restricted();
    commander = i.commander();
    scribe = i.scribe();
    liaison = i.liaison();
  }

  public String save() {
    IncidentView current = page.getIncident();
    if (current == null) {
      return null;
    }
    try {
      return page.run(
          () ->
              service.update(
                  page.incidentKey(),
                  new IncidentChanges(
                      version,
                      IncidentTitle.of(title),
                      Severity.parse(severity)
                          .orElseThrow(() -> FieldRefused.field("severity", "is not P0-P3")),
                      IncidentCategory.parse(category)
                          .orElseThrow(() -> FieldRefused.field("category", "is not a category")),
                      serviceNames(),
                      current.startedAt(),
                      current.detectedAt(),
                      restricted,
                      new IncidentRoles(
                          person("commander", commander),
                          person("scribe", scribe),
                          person("liaison", liaison))),
                  identity.caller()),
          "Incident updated.");
    } catch (StaleVersion stale) {
      FacesMessages.error(
          "Someone changed this incident meanwhile: reload the page to see their change.");
      return null;
    }
  }

  private Set<ServiceName> serviceNames() {
    Set<ServiceName> names = new LinkedHashSet<>();
    if (services != null) {
      for (String name : services.split(",")) {
        if (!name.isBlank()) {
          names.add(ServiceName.of(name.strip()));
        }
      }
    }
    if (names.size() > MAX_SERVICES) {
      throw FieldRefused.field("services", "must have at most 20 entries");
    }
    return names;
  }

  private static Username person(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return Username.parse(raw.strip())
        .orElseThrow(() -> FieldRefused.field(field, "must be a username"));
  }

  public List<Severity> getSeverities() {
    return Arrays.asList(Severity.values());
  }

  public List<IncidentCategory> getCategories() {
    return Arrays.asList(IncidentCategory.values());
  }

  public long getVersion() {
    load();
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
    loaded = true;
  }

  public String getTitle() {
    load();
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSeverity() {
    load();
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getCategory() {
    load();
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getServices() {
    load();
    return services;
  }

  public void setServices(String services) {
    this.services = services;
  }

  public boolean isRestricted() {
    load();
    return restricted;
  }

  public void setRestricted(boolean restricted) {
    this.restricted = restricted;
  }

  public String getCommander() {
    load();
    return commander;
  }

  public void setCommander(String commander) {
    this.commander = commander;
  }

  public String getScribe() {
    load();
    return scribe;
  }

  public void setScribe(String scribe) {
    this.scribe = scribe;
  }

  public String getLiaison() {
    load();
    return liaison;
  }

  public void setLiaison(String liaison) {
    this.liaison = liaison;
  }
}
