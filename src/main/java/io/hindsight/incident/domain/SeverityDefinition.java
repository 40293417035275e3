package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one severity means in a policy version: its name and description, examples, how fast someone
 * must respond, who is notified, and how often a status update is due while it is open.
 */
public record SeverityDefinition(
    Severity severity,
    String name,
    String description,
    List<String> examples,
    Duration responseTarget,
    String notificationPolicy,
    Duration statusUpdateCadence) {

  public static final int MAX_TEXT = 2000;
  public static final Duration MAX_TARGET = Duration.ofDays(30);

  public SeverityDefinition {
    Objects.requireNonNull(severity, "severity");
    name = requireText("name", name, 100);
    description = requireText("description", description, MAX_TEXT);
    notificationPolicy = requireText("notificationPolicy", notificationPolicy, MAX_TEXT);
    examples = List.copyOf(examples == null ? List.of() : examples);
    if (examples.size() > 20) {
      throw FieldRefused.field("examples", "must have at most 20 entries");
    }
    examples = examples.stream().map(e -> requireText("examples", e, 500)).toList();
    requirePositive("responseTargetMinutes", responseTarget);
    if (statusUpdateCadence != null) {
      requirePositive("statusUpdateMinutes", statusUpdateCadence);
    }
  }

  public Optional<Duration> statusUpdateEvery() {
    return Optional.ofNullable(statusUpdateCadence);
  }

  private static void requirePositive(String field, Duration duration) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw FieldRefused.field(field, "must be a positive number of minutes");
    }
    if (duration.compareTo(MAX_TARGET) > 0) {
      throw FieldRefused.field(field, "must be at most 30 days");
    }
  }

  private static String requireText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw FieldRefused.field(field, "must not be blank");
    }
    String text = value.strip();
    if (text.length() > max) {
      throw FieldRefused.field(field, "must be at most " + max + " characters");
    }
    return text;
  }
}
