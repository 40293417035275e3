package io.hindsight.incident.api;

import io.hindsight.incident.application.IncidentFilter;
import io.hindsight.incident.domain.IncidentStatus;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import java.util.Optional;

/** The query of {@code GET /api/v1/incidents}: filters, {@code page} from 0, {@code size} ≤ 100. */
record ListParameters(IncidentFilter filter, int page, int size) {

  static final int MAX_SIZE = 100;
  static final int MAX_PAGE = 100_000;

  static ListParameters of(MultivaluedMap<String, String> query) {
    for (String name : query.keySet()) {
      if (!java.util.Set.of("status", "severity", "service", "breached", "open", "page", "size")
          .contains(name)) {
        throw FieldRefused.field(name, "is not a filter of this list");
      }
    }
    IncidentFilter filter =
        new IncidentFilter(
            one(query, "status").map(ListParameters::status),
            one(query, "severity").map(s -> RequestFields.severity("severity", s)),
            one(query, "service").map(ServiceName::of),
            one(query, "breached").map(b -> bool("breached", b)),
            one(query, "open").map(b -> bool("open", b)));
    int page = one(query, "page").map(p -> number("page", p, 0, MAX_PAGE)).orElse(0);
    int size = one(query, "size").map(s -> number("size", s, 1, MAX_SIZE)).orElse(20);
    return new ListParameters(filter, page, size);
  }

  private static Optional<String> one(MultivaluedMap<String, String> query, String name) {
    java.util.List<String> values = query.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw FieldRefused.field(name, "must be given once");
    }
    return Optional.of(values.get(0));
  }

  private static IncidentStatus status(String raw) {
    for (IncidentStatus status : IncidentStatus.values()) {
      if (status.name().toLowerCase(Locale.ROOT).equals(raw)) {
        return status;
      }
    }
    throw FieldRefused.field(
        "status", "must be one of declared, acknowledged, mitigated, resolved");
  }

  private static boolean bool(String name, String raw) {
    if (raw.equals("true") || raw.equals("false")) {
      return Boolean.parseBoolean(raw);
    }
    throw FieldRefused.field(name, "must be true or false");
  }

  private static int number(String name, String raw, int min, int max) {
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw FieldRefused.field(name, "must be a whole number from " + min + " to " + max);
  }
}
