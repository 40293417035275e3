package io.hindsight.incident.api;

import io.hindsight.incident.domain.EntryKind;
import io.hindsight.incident.domain.IncidentCategory;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.IncidentRoles;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns request fields into domain values, refusing each bad one by name. */
final class RequestFields {

  private RequestFields() {}

  static IncidentKey key(String raw) {
    return IncidentKey.parse(raw).orElseThrow(() -> NotFound.of("incident", shorten(raw)));
  }

  static Severity severity(String field, String raw) {
    return Severity.parse(required(field, raw))
        .orElseThrow(() -> FieldRefused.field(field, "must be one of P0, P1, P2, P3"));
  }

  static IncidentCategory category(String raw) {
    return IncidentCategory.parse(required("category", raw))
        .orElseThrow(
            () ->
                FieldRefused.field(
                    "category", "must be one of outage, degradation, security, data, deployment"));
  }

  static EntryKind kind(String raw) {
    return EntryKind.parse(required("kind", raw))
        .orElseThrow(
            () ->
                FieldRefused.field(
                    "kind",
                    "must be one of action, observation, decision, status_update, escalation,"
                        + " note"));
  }

  static Set<ServiceName> services(List<String> raw) {
    Set<ServiceName> services = new LinkedHashSet<>();
    if (raw != null) {
      if (raw.size() > 20) {
        throw FieldRefused.field("services", "must have at most 20 entries");
      }
      raw.forEach(s -> services.add(ServiceName.of(s)));
    }
    return services;
  }

  static IncidentRoles roles(String commander, String scribe, String liaison) {
    return new IncidentRoles(
        person("commander", commander), person("scribe", scribe), person("liaison", liaison));
  }

  static Instant requiredTime(String field, Instant value) {
    if (value == null) {
      throw FieldRefused.field(field, "is required");
    }
    return value;
  }

  static RepositoryKey repository(String raw) {
    try {
      return RepositoryKey.of(required("repository", raw));
    } catch (IllegalArgumentException e) {
      throw FieldRefused.field("repository", e.getMessage());
    }
  }

  static RunbookPath path(String raw) {
    try {
      return RunbookPath.of(required("path", raw));
    } catch (IllegalArgumentException e) {
      throw FieldRefused.field("path", e.getMessage());
    }
  }

  static String required(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw FieldRefused.field(field, "is required");
    }
    return raw;
  }

  private static Username person(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return Username.parse(raw).orElseThrow(() -> FieldRefused.field(field, "must be a username"));
  }

  private static String shorten(String raw) {
    return raw == null || raw.length() <= 40 ? String.valueOf(raw) : raw.substring(0, 40) + "…";
  }
}
