package io.hindsight.incident.domain;

import static io.hindsight.incident.domain.Incidents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentHealthTest {

  private final SeverityPolicy policy = SeverityPolicy.defaults();

  private IncidentHealth at(Instant now, Incident... incidents) {
    return IncidentHealth.of(
        List.of(incidents), incident -> policy.definition(incident.severity()), now);
  }

  @Test
  void countsOpenIncidentsBySeverity() {
    IncidentHealth health =
        at(
            T0,
            Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0),
            Incidents.declared(Severity.P2, IncidentCategory.OUTAGE, T0),
            Incidents.declared(Severity.P2, IncidentCategory.OUTAGE, T0));
    assertThat(health.open(Severity.P0)).isEqualTo(1);
    assertThat(health.open(Severity.P1)).isZero();
    assertThat(health.open(Severity.P2)).isEqualTo(2);
  }

  @Test
  void anUnacknowledgedP0BreachesAfterItsResponseTargetAndNotBefore() {
    Incident p0 = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    assertThat(at(T0.plus(Duration.ofMinutes(10)), p0).breached(Severity.P0)).isZero();
    assertThat(at(T0.plus(Duration.ofMinutes(20)), p0).breached(Severity.P0)).isEqualTo(1);
  }

  @Test
  void aP0WithoutAStatusUpdateForHalfAnHourIsOverdue() {
    Incident p0 = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    assertThat(at(T0.plus(Duration.ofMinutes(29)), p0).statusUpdateOverdue(Severity.P0)).isZero();
    assertThat(at(T0.plus(Duration.ofMinutes(31)), p0).statusUpdateOverdue(Severity.P0))
        .isEqualTo(1);
  }

  @Test
  void aLowSeverityHasNoStatusUpdateCadence() {
    Incident p3 = Incidents.declared(Severity.P3, IncidentCategory.OUTAGE, T0);
    assertThat(at(T0.plus(Duration.ofDays(2)), p3).statusUpdateOverdue(Severity.P3)).isZero();
  }

  @Test
  void resolvedIncidentsAreNotCounted() {
    Incident p0 = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    p0.acknowledge(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(30)));
    p0.resolve(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(1)));
    IncidentHealth health = at(T0.plus(Duration.ofHours(2)), p0);
    assertThat(health.open(Severity.P0)).isZero();
    assertThat(health.breached(Severity.P0)).isZero();
  }
}
