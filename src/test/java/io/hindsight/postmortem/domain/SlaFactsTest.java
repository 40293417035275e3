package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.incident.domain.Severity;
import io.hindsight.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaFactsTest {

  private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

  private static Instant at(int minutes) {
    return START.plus(Duration.ofMinutes(minutes));
  }

  private static SlaTargets p0Targets() {
    return SlaTargets.standard()
        .with(Severity.P0, SlaMeasure.DETECT, Duration.ofMinutes(5))
        .with(Severity.P0, SlaMeasure.MITIGATE, Duration.ofHours(1))
        .with(Severity.P0, SlaMeasure.RESOLVE, Duration.ofHours(4));
  }

  @Test
  void measuresEachStepAgainstItsTarget() {
    IncidentTimestamps times = IncidentTimestamps.of(START, at(7), at(22), at(50), at(300));

    SlaFacts facts = SlaFacts.of(times, Severity.P0, p0Targets(), at(400));

    assertThat(facts.fact(SlaMeasure.DETECT))
        .isEqualTo(
            new SlaFact(
                SlaMeasure.DETECT,
                Optional.of(Duration.ofMinutes(7)),
                Optional.of(Duration.ofMinutes(5)),
                true));
    assertThat(facts.fact(SlaMeasure.ACKNOWLEDGE).elapsed()).contains(Duration.ofMinutes(15));
    assertThat(facts.fact(SlaMeasure.ACKNOWLEDGE).breached()).isFalse();
    assertThat(facts.fact(SlaMeasure.MITIGATE).elapsed()).contains(Duration.ofMinutes(43));
    assertThat(facts.fact(SlaMeasure.MITIGATE).breached()).isFalse();
    assertThat(facts.fact(SlaMeasure.RESOLVE).elapsed()).contains(Duration.ofMinutes(293));
    assertThat(facts.fact(SlaMeasure.RESOLVE).breached()).isTrue();
    assertThat(facts.anyBreached()).isTrue();
  }

  @Test
  void defaultAcknowledgeTargetsPerSeverity() {
    SlaTargets targets = SlaTargets.standard();

    assertThat(targets.target(Severity.P0, SlaMeasure.ACKNOWLEDGE))
        .contains(Duration.ofMinutes(15));
    assertThat(targets.target(Severity.P1, SlaMeasure.ACKNOWLEDGE)).contains(Duration.ofHours(1));
    assertThat(targets.target(Severity.P2, SlaMeasure.ACKNOWLEDGE)).contains(Duration.ofHours(4));
    assertThat(targets.target(Severity.P3, SlaMeasure.ACKNOWLEDGE)).contains(Duration.ofHours(24));
    assertThat(targets.target(Severity.P0, SlaMeasure.RESOLVE)).isEmpty();
  }

  @Test
  void meetingATargetExactlyIsNotABreach() {
    IncidentTimestamps exact = IncidentTimestamps.of(START, at(0), at(60), at(61), at(62));
    IncidentTimestamps late = IncidentTimestamps.of(START, at(0), at(61), at(62), at(63));

    SlaFacts onTime = SlaFacts.of(exact, Severity.P1, SlaTargets.standard(), at(100));
    SlaFacts tooLate = SlaFacts.of(late, Severity.P1, SlaTargets.standard(), at(100));

    assertThat(onTime.fact(SlaMeasure.ACKNOWLEDGE).breached()).isFalse();
    assertThat(onTime.anyBreached()).isFalse();
    assertThat(tooLate.fact(SlaMeasure.ACKNOWLEDGE).breached()).isTrue();
  }

  @Test
  void measuresWithoutTargetAreNeverBreached() {
    IncidentTimestamps slow = IncidentTimestamps.of(START, at(600), at(601), at(900), at(9000));

    SlaFacts facts = SlaFacts.of(slow, Severity.P3, SlaTargets.standard(), at(9000));

    assertThat(facts.fact(SlaMeasure.RESOLVE).target()).isEmpty();
    assertThat(facts.fact(SlaMeasure.RESOLVE).breached()).isFalse();
    assertThat(facts.anyBreached()).isFalse();
  }

  @Test
  void aMissingStepIsBreachedOnceItsTargetHasPassed() {
    MutableClock clock = MutableClock.at(at(10));
    IncidentTimestamps unacknowledged = IncidentTimestamps.of(START, at(2), null, null, null);

    SlaFacts early = SlaFacts.of(unacknowledged, Severity.P0, p0Targets(), clock.instant());
    clock.advance(Duration.ofMinutes(8));
    SlaFacts late = SlaFacts.of(unacknowledged, Severity.P0, p0Targets(), clock.instant());

    assertThat(early.fact(SlaMeasure.ACKNOWLEDGE).elapsed()).isEmpty();
    assertThat(early.fact(SlaMeasure.ACKNOWLEDGE).breached()).isFalse();
    assertThat(late.fact(SlaMeasure.ACKNOWLEDGE).breached()).isTrue();
    assertThat(late.fact(SlaMeasure.RESOLVE).breached()).isFalse();
  }

  @Test
  void acknowledgeIsNotMeasuredWithoutDetection() {
    IncidentTimestamps times = IncidentTimestamps.of(START, null, null, null, null);

    SlaFacts facts = SlaFacts.of(times, Severity.P0, p0Targets(), at(1000));

    assertThat(facts.fact(SlaMeasure.ACKNOWLEDGE).breached()).isFalse();
    assertThat(facts.fact(SlaMeasure.DETECT).breached()).isTrue();
  }

  @Test
  void refusesTimestampsOutOfOrder() {
    assertThatThrownBy(() -> IncidentTimestamps.of(START, at(-1), null, null, null))
        .hasMessage("An incident cannot be detected before it started.");
    assertThatThrownBy(() -> IncidentTimestamps.of(START, at(10), at(5), null, null))
        .hasMessage("An incident cannot be acknowledged before it was detected.");
    assertThatThrownBy(() -> IncidentTimestamps.of(START, null, null, at(30), at(20)))
        .hasMessage("An incident cannot be resolved before it was mitigated.");
    assertThatThrownBy(() -> SlaTargets.none().with(Severity.P0, SlaMeasure.DETECT, Duration.ZERO))
        .hasMessage("An SLA target must be a positive duration.");
  }

  @Test
  void mitigationAndResolutionCountFromDetectionAsTheIncidentPageDoes() {
    IncidentTimestamps times = IncidentTimestamps.of(START, at(30), at(40), at(70), at(130));

    SlaFacts facts = SlaFacts.of(times, Severity.P1, SlaTargets.standard(), at(200));

    assertThat(facts.fact(SlaMeasure.DETECT).elapsed()).contains(Duration.ofMinutes(30));
    assertThat(facts.fact(SlaMeasure.ACKNOWLEDGE).elapsed()).contains(Duration.ofMinutes(10));
    assertThat(facts.fact(SlaMeasure.MITIGATE).elapsed()).contains(Duration.ofMinutes(40));
    assertThat(facts.fact(SlaMeasure.RESOLVE).elapsed()).contains(Duration.ofMinutes(100));
  }
}
