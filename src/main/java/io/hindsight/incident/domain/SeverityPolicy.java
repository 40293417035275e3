package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The severity definitions in force, numbered: an edit makes a new version, and an incident keeps
 * the version it was declared under.
 */
public final class SeverityPolicy {

  private final int version;
  private final Map<Severity, SeverityDefinition> definitions;

  public SeverityPolicy(int version, List<SeverityDefinition> definitions) {
    if (version < 1) {
      throw new IllegalArgumentException("A policy version starts at 1.");
    }
    Map<Severity, SeverityDefinition> bySeverity = new EnumMap<>(Severity.class);
    for (SeverityDefinition definition : definitions) {
      if (bySeverity.put(definition.severity(), definition) != null) {
        throw FieldRefused.field(
            "severities", definition.severity() + " is defined more than once");
      }
    }
    for (Severity severity : Severity.values()) {
      if (!bySeverity.containsKey(severity)) {
        throw FieldRefused.field("severities", severity + " is missing");
      }
    }
    this.version = version;
    this.definitions = bySeverity;
  }

  /** The seed's policy: P0 to P3 as the team's runbook index defines them. */
  public static SeverityPolicy defaults() {
    Duration cadence = Duration.ofMinutes(30);
    return new SeverityPolicy(
        1,
        List.of(
            new SeverityDefinition(
                Severity.P0,
                "Critical",
                "Complete service outage, data breach or security incident, database corruption.",
                List.of(
                    "Complete service outage",
                    "Data breach/security incident",
                    "Database corruption"),
                Duration.ofMinutes(15),
                "Page on-call engineer, notify management",
                cadence),
            new SeverityDefinition(
                Severity.P1,
                "High",
                "Partial service degradation, performance degradation or failed production"
                    + " deployments.",
                List.of(
                    "Partial service degradation (>50% users affected)",
                    "Performance degradation (>2x normal latency)",
                    "Failed deployments affecting production"),
                Duration.ofHours(1),
                "Alert on-call engineer",
                cadence),
            new SeverityDefinition(
                Severity.P2,
                "Medium",
                "Minor service degradation, non-critical feature failures, staging issues.",
                List.of(
                    "Minor service degradation (<50% users affected)",
                    "Non-critical feature failures", "Development/staging environment issues"),
                Duration.ofHours(4),
                "Create ticket, notify team",
                null),
            new SeverityDefinition(
                Severity.P3,
                "Low",
                "Cosmetic issues, documentation updates, non-urgent maintenance.",
                List.of("Cosmetic issues", "Documentation updates", "Non-urgent maintenance"),
                Duration.ofHours(24),
                "Create ticket",
                null)));
  }

  /** The next version, with these definitions. */
  public SeverityPolicy revise(List<SeverityDefinition> replacement) {
    return new SeverityPolicy(version + 1, replacement);
  }

  public int version() {
    return version;
  }

  public SeverityDefinition definition(Severity severity) {
    return definitions.get(severity);
  }

  public List<SeverityDefinition> definitions() {
    return List.copyOf(definitions.values());
  }
}
