package io.hindsight.postmortem.api;

import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.postmortem.domain.DueState;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.security.domain.Username;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Turns request fields and query parameters into domain values, refusing each bad one by name. */
final class PostmortemFields {

  private PostmortemFields() {}

  static PostmortemKey key(String raw) {
    return PostmortemKey.parse(raw).orElseThrow(() -> NotFound.of("post-mortem", shorten(raw)));
  }

  /** A stored row's id from the path, or 404 for anything else. */
  static long id(String what, String raw) {
    if (raw != null && raw.matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(raw);
    }
    throw NotFound.of(what, shorten(raw));
  }

  static IncidentKey incident(String raw) {
    return IncidentKey.parse(required("incident", raw))
        .orElseThrow(
            () -> FieldRefused.field("incident", "must be an incident key like INC-2026-0001"));
  }

  static Set<Username> users(String field, Collection<String> raw, int max) {
    if (raw.size() > max) {
      throw FieldRefused.field(field, "must have at most " + max + " entries");
    }
    Set<Username> users = new LinkedHashSet<>();
    for (String name : raw) {
      users.add(
          Username.parse(name).orElseThrow(() -> FieldRefused.field(field, "must hold usernames")));
    }
    return users;
  }

  static String required(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw FieldRefused.field(field, "is required");
    }
    return raw;
  }

  static PostmortemStatus status(String raw) {
    return EnumNames.required("status", raw, PostmortemStatus.class);
  }

  static DueState due(String raw) {
    return EnumNames.required("due", raw, DueState.class);
  }

  static Severity severity(String raw) {
    return Severity.parse(raw)
        .orElseThrow(() -> FieldRefused.field("severity", "must be one of P0, P1, P2, P3"));
  }

  static Username user(String field, String raw) {
    return Username.parse(raw).orElseThrow(() -> FieldRefused.field(field, "must be a username"));
  }

  static String shorten(String raw) {
    return raw == null || raw.length() <= 40 ? String.valueOf(raw) : raw.substring(0, 40) + "…";
  }
}
