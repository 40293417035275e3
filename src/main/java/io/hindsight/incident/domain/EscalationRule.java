package io.hindsight.incident.domain;

/** Why someone in the chain must be told; each rule fires at most once per incident. */
public enum EscalationRule {
  DECLARED(EscalationRole.PRIMARY_ON_CALL, "The incident was declared."),
  NOT_ACKNOWLEDGED(
      EscalationRole.SECONDARY_ON_CALL, "Nobody acknowledged the incident within 15 minutes."),
  CRITICAL(EscalationRole.ENGINEERING_MANAGER, "The incident is a P0."),
  SECURITY(EscalationRole.CTO, "The incident is a security or data incident."),
  LONG_OUTAGE(EscalationRole.CTO, "The outage has lasted more than 2 hours.");

  private final EscalationRole role;
  private final String reason;

  EscalationRule(EscalationRole role, String reason) {
    this.role = role;
    this.reason = reason;
  }

  public EscalationRole role() {
    return role;
  }

  public String reason() {
    return reason;
  }
}
