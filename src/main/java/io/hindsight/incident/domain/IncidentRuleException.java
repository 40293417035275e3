package io.hindsight.incident.domain;

/** Input an incident rule refuses, naming the field it is about. */
public final class IncidentRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public IncidentRuleException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
