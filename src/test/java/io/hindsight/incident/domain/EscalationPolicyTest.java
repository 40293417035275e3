package io.hindsight.incident.domain;

import static io.hindsight.incident.domain.Incidents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

  private final MutableClock clock = MutableClock.at(T0);

  @Test
  void thePrimaryOnCallAtDeclaration() {
    Incident incident = Incidents.declared(Severity.P2, IncidentCategory.DEGRADATION, T0);
    assertThat(EscalationPolicy.due(incident, clock.instant()))
        .containsExactly(EscalationRule.DECLARED);
    assertThat(EscalationRule.DECLARED.role()).isEqualTo(EscalationRole.PRIMARY_ON_CALL);
  }

  @Test
  void theSecondaryWhenNotAcknowledgedAfterFifteenMinutes() {
    Incident incident = Incidents.declared(Severity.P2, IncidentCategory.DEGRADATION, T0);
    clock.set(T0.plus(Duration.ofMinutes(14)).plusSeconds(59));
    assertThat(EscalationPolicy.due(incident, clock.instant()))
        .doesNotContain(EscalationRule.NOT_ACKNOWLEDGED);
    clock.set(T0.plus(Duration.ofMinutes(15)));
    assertThat(EscalationPolicy.due(incident, clock.instant()))
        .doesNotContain(EscalationRule.NOT_ACKNOWLEDGED);
    clock.set(T0.plus(Duration.ofMinutes(15)).plusSeconds(60));
    assertThat(EscalationPolicy.due(incident, clock.instant()))
        .contains(EscalationRule.NOT_ACKNOWLEDGED);
    assertThat(EscalationRule.NOT_ACKNOWLEDGED.role()).isEqualTo(EscalationRole.SECONDARY_ON_CALL);
  }

  @Test
  void noSecondaryWhenAcknowledgedInTime() {
    Incident incident = Incidents.declared(Severity.P2, IncidentCategory.DEGRADATION, T0);
    clock.set(T0.plus(Duration.ofMinutes(14)).plusSeconds(59));
    incident.acknowledge(clock.instant(), clock.instant());
    clock.advance(Duration.ofHours(1));
    assertThat(EscalationPolicy.due(incident, clock.instant()))
        .doesNotContain(EscalationRule.NOT_ACKNOWLEDGED);
  }

  @Test
  void aLateAcknowledgementStillNeededTheSecondary() {
    Incident incident = Incidents.declared(Severity.P2, IncidentCategory.DEGRADATION, T0);
    clock.set(T0.plus(Duration.ofMinutes(16)));
    incident.acknowledge(clock.instant(), clock.instant());
    assertThat(EscalationPolicy.due(incident, clock.instant()))
        .contains(EscalationRule.NOT_ACKNOWLEDGED);
  }

  @Test
  void theEngineeringManagerForEveryP0AndNotForP1() {
    assertThat(
            EscalationPolicy.due(
                Incidents.declared(Severity.P0, IncidentCategory.DEPLOYMENT, T0), T0))
        .contains(EscalationRule.CRITICAL);
    assertThat(
            EscalationPolicy.due(
                Incidents.declared(Severity.P1, IncidentCategory.DEPLOYMENT, T0), T0))
        .doesNotContain(EscalationRule.CRITICAL);
    assertThat(EscalationRule.CRITICAL.role()).isEqualTo(EscalationRole.ENGINEERING_MANAGER);
  }

  @Test
  void theCtoForSecurityIncidentsAtOnce() {
    assertThat(
            EscalationPolicy.due(
                Incidents.declared(Severity.P3, IncidentCategory.SECURITY, T0), T0))
        .contains(EscalationRule.SECURITY);
    assertThat(EscalationRule.SECURITY.role()).isEqualTo(EscalationRole.CTO);
  }

  @Test
  void theCtoForOutagesOpenMoreThanTwoHoursSinceTheyStarted() {
    Incident outage = Incidents.declared(Severity.P1, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(119)));
    assertThat(EscalationPolicy.due(outage, clock.instant()))
        .doesNotContain(EscalationRule.LONG_OUTAGE);
    clock.set(T0.plus(Duration.ofHours(2)));
    assertThat(EscalationPolicy.due(outage, clock.instant()))
        .doesNotContain(EscalationRule.LONG_OUTAGE);
    clock.set(T0.plus(Duration.ofMinutes(121)));
    assertThat(EscalationPolicy.due(outage, clock.instant())).contains(EscalationRule.LONG_OUTAGE);
  }

  @Test
  void aLongDegradationOrAnOutageResolvedInTimeDoesNotReachTheCto() {
    Incident degradation = Incidents.declared(Severity.P1, IncidentCategory.DEGRADATION, T0);
    Incident outage = Incidents.declared(Severity.P1, IncidentCategory.OUTAGE, T0);
    outage.resolve(T0.plus(Duration.ofMinutes(119)), T0.plus(Duration.ofMinutes(119)));
    clock.set(T0.plus(Duration.ofHours(5)));
    assertThat(EscalationPolicy.due(degradation, clock.instant()))
        .doesNotContain(EscalationRule.LONG_OUTAGE);
    assertThat(EscalationPolicy.due(outage, clock.instant()))
        .doesNotContain(EscalationRule.LONG_OUTAGE);
  }

  @Test
  void anOutageBackdatedMoreThanTwoHoursReachesTheCtoAtDeclaration() {
    Incident outage =
        Incidents.declared(
            Severity.P1, IncidentCategory.OUTAGE, T0.minus(Duration.ofMinutes(121)), T0);
    assertThat(EscalationPolicy.due(outage, T0)).contains(EscalationRule.LONG_OUTAGE);
  }

  @Test
  void aReopenedOutageCountsOnlyTheTimeItWasOpen() {
    Incident outage = Incidents.declared(Severity.P1, IncidentCategory.OUTAGE, T0);
    outage.resolve(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(30)));
    clock.set(T0.plus(Duration.ofHours(3)));
    outage.reopen(clock.instant(), clock.instant());
    assertThat(EscalationPolicy.due(outage, clock.instant()))
        .doesNotContain(EscalationRule.LONG_OUTAGE);
    clock.advance(Duration.ofMinutes(90));
    assertThat(EscalationPolicy.due(outage, clock.instant()))
        .doesNotContain(EscalationRule.LONG_OUTAGE);
    clock.advance(Duration.ofMinutes(1));
    assertThat(EscalationPolicy.due(outage, clock.instant())).contains(EscalationRule.LONG_OUTAGE);
  }

  @Test
  void theCtoForADataBreachAsForASecurityIncident() {
    Incident breach = Incidents.declared(Severity.P0, IncidentCategory.DATA, T0);
    assertThat(EscalationPolicy.due(breach, T0)).contains(EscalationRule.SECURITY);
    assertThat(
            EscalationPolicy.due(
                Incidents.declared(Severity.P0, IncidentCategory.DEGRADATION, T0), T0))
        .doesNotContain(EscalationRule.SECURITY);
  }
}
