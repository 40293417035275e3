package io.hindsight.incident.domain;

import static io.hindsight.incident.domain.Incidents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.security.domain.Username;
import io.hindsight.testing.MutableClock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private final MutableClock clock = MutableClock.at(T0);
  private final SeverityPolicy policy = SeverityPolicy.defaults();

  private SlaState sla(Incident incident) {
    return SlaClock.of(incident, policy.definition(incident.severity()), clock.instant());
  }

  @Test
  void p0UnacknowledgedIsBreachedJustAfterFifteenMinutes() {
    Incident incident = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(14)).plusSeconds(59));
    assertThat(sla(incident).acknowledgeBreached()).isFalse();
    clock.set(T0.plus(Duration.ofMinutes(15)));
    assertThat(sla(incident).acknowledgeBreached()).isFalse();
    clock.set(T0.plus(Duration.ofMinutes(15)).plusSeconds(60));
    assertThat(sla(incident).acknowledgeBreached()).isTrue();
    assertThat(sla(incident).responseTarget()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void p1HasAnHourWhereP0HasFifteenMinutes() {
    Incident p1 = Incidents.declared(Severity.P1, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(15)).plusSeconds(60));
    assertThat(sla(p1).acknowledgeBreached()).isFalse();
    clock.set(T0.plus(Duration.ofMinutes(60)).plusSeconds(1));
    assertThat(sla(p1).acknowledgeBreached()).isTrue();
  }

  @Test
  void anAcknowledgementInTimeStaysMetAndIsMeasuredFromDetection() {
    Incident incident = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(14)).plusSeconds(59));
    incident.acknowledge(clock.instant(), clock.instant());
    clock.advance(Duration.ofHours(5));
    SlaState state = sla(incident);
    assertThat(state.acknowledgeBreached()).isFalse();
    assertThat(state.timeToAcknowledge()).contains(Duration.ofSeconds(14 * 60 + 59));
  }

  @Test
  void aLateAcknowledgementIsABreachForever() {
    Incident incident = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(15)).plusSeconds(60));
    incident.acknowledge(clock.instant(), clock.instant());
    assertThat(sla(incident).breached()).isTrue();
  }

  @Test
  void timesToMitigateAndResolve() {
    Incident incident = Incidents.declared(Severity.P2, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(40)));
    incident.mitigate(clock.instant(), clock.instant());
    clock.set(T0.plus(Duration.ofMinutes(90)));
    incident.resolve(clock.instant(), clock.instant());
    SlaState state = sla(incident);
    assertThat(state.timeToMitigate()).contains(Duration.ofMinutes(40));
    assertThat(state.timeToResolve()).contains(Duration.ofMinutes(90));
  }

  @Test
  void timeToResolveCountsFromDetectionAndTheDurationFromTheStart() {
    Incident incident =
        Incident.declare(
            new IncidentKey(2026, 42),
            new Declaration(
                IncidentTitle.of("Checkout errors"),
                Severity.P2,
                IncidentCategory.OUTAGE,
                Set.of(ServiceName.of("checkout-api")),
                T0,
                T0.plus(Duration.ofMinutes(20)),
                false),
            policy,
            Username.of("responder"),
            T0.plus(Duration.ofMinutes(20)));
    clock.set(T0.plus(Duration.ofMinutes(90)));
    incident.resolve(clock.instant(), clock.instant());
    SlaState state = sla(incident);
    assertThat(state.timeToResolve()).contains(Duration.ofMinutes(70));
    assertThat(state.duration()).contains(Duration.ofMinutes(90));
    assertThat(sla(Incidents.declared(Severity.P2, IncidentCategory.OUTAGE, T0)).duration())
        .isEmpty();
  }

  @Test
  void statusUpdateDueEveryThirtyMinutesForOpenP0AndP1() {
    Incident incident = Incidents.declared(Severity.P1, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(29)).plusSeconds(59));
    assertThat(sla(incident).statusUpdateDueAt()).contains(T0.plus(Duration.ofMinutes(30)));
    assertThat(sla(incident).statusUpdateOverdue()).isFalse();
    clock.set(T0.plus(Duration.ofMinutes(30)).plusSeconds(1));
    assertThat(sla(incident).statusUpdateOverdue()).isTrue();

    incident.statusUpdatePosted(clock.instant());
    assertThat(sla(incident).statusUpdateOverdue()).isFalse();
    assertThat(sla(incident).statusUpdateDueAt())
        .contains(T0.plus(Duration.ofMinutes(60)).plusSeconds(1));
  }

  @Test
  void noStatusUpdateDueForP2OrOnceResolved() {
    Incident p2 = Incidents.declared(Severity.P2, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofHours(3)));
    assertThat(sla(p2).statusUpdateDueAt()).isEmpty();
    Incident p0 = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    p0.resolve(clock.instant(), clock.instant());
    assertThat(sla(p0).statusUpdateDueAt()).isEmpty();
    assertThat(sla(p0).statusUpdateOverdue()).isFalse();
  }

  @Test
  void raisingTheSeverityOfAnAcknowledgedIncidentKeepsTheTargetItMet() {
    Incident incident = Incidents.declared(Severity.P2, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(30)));
    incident.acknowledge(clock.instant(), clock.instant());
    clock.set(T0.plus(Duration.ofHours(2)));
    incident.changeSeverity(Severity.P0, Duration.ofMinutes(15), clock.instant());
    SlaState state = sla(incident);
    assertThat(state.acknowledgeBreached()).isFalse();
    assertThat(state.responseTarget()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void loweringTheSeverityKeepsABreachThatHappened() {
    Incident late = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    Incident unanswered = Incidents.declared(Severity.P0, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(40)));
    late.acknowledge(clock.instant(), clock.instant());
    late.changeSeverity(Severity.P3, Duration.ofHours(24), clock.instant());
    unanswered.changeSeverity(Severity.P3, Duration.ofHours(24), clock.instant());
    assertThat(sla(late).acknowledgeBreached()).isTrue();
    assertThat(sla(unanswered).acknowledgeBreached()).isTrue();
    assertThat(unanswered.acknowledgeDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void aTargetStillPendingFollowsTheNewSeverityFromDetection() {
    Incident incident = Incidents.declared(Severity.P3, IncidentCategory.OUTAGE, T0);
    clock.set(T0.plus(Duration.ofMinutes(5)));
    incident.changeSeverity(Severity.P0, Duration.ofMinutes(15), clock.instant());
    assertThat(incident.acknowledgeDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }
}
