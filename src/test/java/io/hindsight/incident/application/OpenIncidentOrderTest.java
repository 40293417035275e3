package io.hindsight.incident.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenIncidentOrderTest {

  private static final Instant MORNING = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void mineFirstThenBreachedThenBySeverityThenOldestFirst() {
    IncidentView othersP0Breached = incident("INC-2026-0001", "P0", "alice", null, true, 0);
    IncidentView mineP2 = incident("INC-2026-0002", "P2", "bob", "dana", false, 10);
    IncidentView othersP1 = incident("INC-2026-0003", "P1", "alice", null, false, 20);
    IncidentView othersP1Older = incident("INC-2026-0004", "P1", "carol", null, false, 5);
    IncidentView declaredByMeBreached = incident("INC-2026-0005", "P3", "dana", null, true, 30);

    List<OpenIncidentOrder.Row> rows =
        OpenIncidentOrder.sorted(
            List.of(othersP0Breached, mineP2, othersP1, othersP1Older, declaredByMeBreached),
            "dana");

    assertThat(rows)
        .extracting(r -> r.incident().key())
        .containsExactly(
            "INC-2026-0005", "INC-2026-0002", "INC-2026-0001", "INC-2026-0004", "INC-2026-0003");
    assertThat(rows)
        .extracting(OpenIncidentOrder.Row::mine)
        .containsExactly(true, true, false, false, false);
  }

  @Test
  void anOverdueStatusUpdateCountsAsBreached() {
    IncidentView late = incident("INC-2026-0007", "P1", "alice", null, false, 0, true);
    assertThat(new OpenIncidentOrder.Row(late, false).breached()).isTrue();
  }

  private static IncidentView incident(
      String key,
      String severity,
      String declaredBy,
      String commander,
      boolean breached,
      int minutes) {
    return incident(key, severity, declaredBy, commander, breached, minutes, false);
  }

  private static IncidentView incident(
      String key,
      String severity,
      String declaredBy,
      String commander,
      boolean breached,
      int minutes,
      boolean statusUpdateOverdue) {
    Instant declared = MORNING.plusSeconds(60L * minutes);
    return new IncidentView(
        key,
        "Payments failing",
        severity,
        "outage",
        false,
        "declared",
        true,
        List.of("payments-api"),
        declared,
        declared,
        declared,
        null,
        null,
        null,
        declaredBy,
        commander,
        null,
        null,
        1,
        0,
        new IncidentView.Sla(
            15,
            declared.plusSeconds(900),
            null,
            breached,
            null,
            null,
            null,
            null,
            statusUpdateOverdue),
        null);
  }
}
