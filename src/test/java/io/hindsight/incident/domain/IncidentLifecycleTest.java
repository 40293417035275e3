package io.hindsight.incident.domain;

import static io.hindsight.incident.domain.Incidents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentLifecycleTest {

  private final Incident incident = Incidents.declared(Severity.P1, IncidentCategory.OUTAGE, T0);

  @Test
  void declaredAcknowledgedMitigatedResolvedAndReopened() {
    incident.acknowledge(T0.plusSeconds(60), T0.plusSeconds(60));
    incident.mitigate(T0.plusSeconds(600), T0.plusSeconds(600));
    incident.resolve(T0.plusSeconds(900), T0.plusSeconds(900));
    assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(incident.lifecycle().resolvedAt()).contains(T0.plusSeconds(900));

    incident.reopen(T0.plusSeconds(1000), T0.plusSeconds(1000));

    assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
    assertThat(incident.lifecycle().resolvedAt()).isEmpty();
    assertThat(incident.lifecycle().acknowledgedAt()).contains(T0.plusSeconds(60));
  }

  @Test
  void resolvingDirectlyFillsInTheEarlierSteps() {
    incident.resolve(T0.plusSeconds(300), T0.plusSeconds(400));
    assertThat(incident.lifecycle().acknowledgedAt()).contains(T0.plusSeconds(300));
    assertThat(incident.lifecycle().mitigatedAt()).contains(T0.plusSeconds(300));
  }

  @Test
  void resolvedBeforeDetectedIsRefused() {
    assertThatThrownBy(() -> incident.resolve(T0.minusSeconds(1), T0.plusSeconds(60)))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("must not be before detectedAt")
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("resolvedAt");
    assertThat(incident.status()).isEqualTo(IncidentStatus.DECLARED);
  }

  @Test
  void timesInTheFutureAreRefusedBeyondTwoMinutesOfSkew() {
    Instant now = T0.plusSeconds(600);
    incident.acknowledge(now.plus(IncidentTimes.CLOCK_SKEW), now);
    assertThatThrownBy(
            () -> incident.mitigate(now.plus(IncidentTimes.CLOCK_SKEW).plusSeconds(1), now))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("must not be in the future");
  }

  @Test
  void declaringWithAFutureStartOrADetectionBeforeTheStartIsRefused() {
    assertThatThrownBy(
            () -> Incidents.declared(Severity.P2, IncidentCategory.DATA, T0.plusSeconds(3600), T0))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("must not be in the future");
    assertThatThrownBy(
            () ->
                new Declaration(
                    IncidentTitle.of("x"),
                    Severity.P2,
                    IncidentCategory.DATA,
                    Set.of(),
                    T0,
                    T0.minusSeconds(1),
                    true))
        .hasMessageContaining("must not be before startedAt");
  }

  @Test
  void stepsOutOfOrderAreConflicts() {
    incident.resolve(T0.plusSeconds(60), T0.plusSeconds(60));
    assertThatThrownBy(() -> incident.acknowledge(T0.plusSeconds(70), T0.plusSeconds(70)))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("resolved");
    assertThatThrownBy(() -> incident.resolve(T0.plusSeconds(70), T0.plusSeconds(70)))
        .isInstanceOf(StateConflict.class);
    Incident open = Incidents.declared(Severity.P1, IncidentCategory.OUTAGE, T0);
    assertThatThrownBy(() -> open.reopen(T0.plusSeconds(70), T0.plusSeconds(70)))
        .isInstanceOf(StateConflict.class);
  }

  @Test
  void reopeningBeforeTheResolutionIsRefused() {
    incident.resolve(T0.plusSeconds(600), T0.plusSeconds(600));
    assertThatThrownBy(() -> incident.reopen(T0.plusSeconds(599), T0.plusSeconds(700)))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("must not be before resolvedAt")
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("reopenedAt");
    assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
  }

  @Test
  void aSeverityChangeMovesTheAcknowledgementTarget() {
    assertThat(incident.acknowledgeDueAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(incident.changeSeverity(Severity.P0, Duration.ofMinutes(15), T0)).isTrue();
    assertThat(incident.acknowledgeDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(incident.changeSeverity(Severity.P0, Duration.ofMinutes(15), T0)).isFalse();
  }

  @Test
  void aCorrectedDetectionMovesTheTargetInForceWithIt() {
    incident.acknowledge(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(30)));
    incident.changeSeverity(Severity.P0, Duration.ofMinutes(15), T0.plus(Duration.ofHours(2)));
    incident.retime(
        T0.minus(Duration.ofMinutes(20)),
        T0.minus(Duration.ofMinutes(10)),
        T0.plus(Duration.ofHours(2)));
    assertThat(incident.acknowledgeDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(50)));
  }

  @Test
  void restrictedIncidentsAreVisibleToTheirRespondersAndAdminsOnly() {
    Incident secret = Incidents.declared(Severity.P1, IncidentCategory.SECURITY, T0);
    assertThat(secret.restricted()).isTrue();
    assertThat(secret.isVisibleTo(Username.of("responder"), false)).isTrue();
    assertThat(secret.isVisibleTo(Username.of("viewer"), false)).isFalse();
    assertThat(secret.isVisibleTo(Username.of("admin"), true)).isTrue();
    secret.assignRoles(new IncidentRoles(Username.of("viewer"), null, null));
    assertThat(secret.isVisibleTo(Username.of("viewer"), false)).isTrue();
    assertThat(incident.isVisibleTo(Username.of("viewer"), false)).isTrue();
  }

  @Test
  void titlesAreCheckedForBlanknessLengthAndControlCharacters() {
    assertThatThrownBy(() -> IncidentTitle.of("  ")).hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> IncidentTitle.of("x".repeat(201)))
        .hasMessageContaining("must be at most 200 characters");
    assertThatThrownBy(() -> IncidentTitle.of("a\u0000b"))
        .hasMessageContaining("must not contain control characters");
    assertThat(IncidentTitle.of("  Checkout down  ").value()).isEqualTo("Checkout down");
  }
}
