package io.hindsight.incident.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.util.Arrays;

/** A severity definition as a row: examples one per line, durations in minutes. */
@Embeddable
public class StoredSeverityDefinition {

  @Enumerated(EnumType.STRING)
  @Column(name = "severity", nullable = false, length = 2)
  private Severity severity;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "examples", nullable = false, length = 12000)
  private String examples;

  @Column(name = "response_target_minutes", nullable = false)
  private int responseTargetMinutes;

  @Column(name = "notification_policy", nullable = false, length = 2000)
  private String notificationPolicy;

  @Column(name = "status_update_minutes")
  private Integer statusUpdateMinutes;

  protected StoredSeverityDefinition() {}

  StoredSeverityDefinition(SeverityDefinition definition) {
    severity = definition.severity();
    name = definition.name();
    description = definition.description();
    examples = String.join("\n", definition.examples());
    responseTargetMinutes = Math.toIntExact(definition.responseTarget().toMinutes());
    notificationPolicy = definition.notificationPolicy();
    statusUpdateMinutes =
        definition.statusUpdateEvery().map(d -> Math.toIntExact(d.toMinutes())).orElse(null);
  }

  SeverityDefinition definition() {
    return new SeverityDefinition(
        severity,
        name,
        description,
        examples.isEmpty() ? java.util.List.of() : Arrays.asList(examples.split("\n")),
        Duration.ofMinutes(responseTargetMinutes),
        notificationPolicy,
        statusUpdateMinutes == null ? null : Duration.ofMinutes(statusUpdateMinutes));
  }
}
