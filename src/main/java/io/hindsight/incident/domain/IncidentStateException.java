package io.hindsight.incident.domain;

/** A step the incident's current state does not allow, such as resolving it twice. */
public final class IncidentStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IncidentStateException(String message) {
    super(message);
  }
}
