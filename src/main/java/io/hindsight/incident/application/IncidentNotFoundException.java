package io.hindsight.incident.application;

/**
 * No incident with this key that the caller may see. Restricted incidents the caller may not see
 * are reported the same way, so that their existence does not leak.
 */
public final class IncidentNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IncidentNotFoundException(String key) {
    super("There is no incident " + key + ".");
  }
}
