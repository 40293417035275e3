package io.hindsight.incident.domain;

/** Where an incident is in its lifecycle. */
public enum IncidentStatus {
  DECLARED,
  ACKNOWLEDGED,
  MITIGATED,
  RESOLVED;

  public boolean isOpen() {
    return this != RESOLVED;
  }
}
