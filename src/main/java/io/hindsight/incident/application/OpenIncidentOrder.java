package io.hindsight.incident.application;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The order of open incidents on a person's home: their own first (commander, scribe, liaison or
 * the one who declared it), then those whose SLA is breached, then by severity (P0 first), the
 * oldest declaration first.
 */
public final class OpenIncidentOrder {

  private OpenIncidentOrder() {}

  /** One open incident as the home lists it; {@code mine} when the person holds a part in it. */
  public record Row(IncidentView incident, boolean mine) {

    public boolean breached() {
      return incident.sla().breached() || incident.sla().statusUpdateOverdue();
    }
  }

  public static final Comparator<Row> ORDER =
      Comparator.comparing((Row r) -> !r.mine())
          .thenComparing(r -> !r.breached())
          .thenComparing(r -> r.incident().severity())
          .thenComparing(r -> r.incident().declaredAt());

  /** Whether {@code user} holds a part in the incident: declared it or has one of its roles. */
  public static boolean mine(IncidentView incident, String user) {
    return List.of(
            Objects.toString(incident.declaredBy(), ""),
            Objects.toString(incident.commander(), ""),
            Objects.toString(incident.scribe(), ""),
            Objects.toString(incident.liaison(), ""))
        .contains(user);
  }

  public static List<Row> sorted(List<IncidentView> open, String user) {
    return open.stream().map(i -> new Row(i, mine(i, user))).sorted(ORDER).toList();
  }
}
