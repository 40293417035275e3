package io.hindsight.postmortem.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.domain.Declaration;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentCategory;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.IncidentTitle;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.Severity;
import io.hindsight.incident.domain.SeverityPolicy;
import io.hindsight.incident.domain.SlaClock;
import io.hindsight.postmortem.domain.DeadlinePolicy;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.postmortem.domain.SlaFact;
import io.hindsight.postmortem.domain.SlaMeasure;
import io.hindsight.security.domain.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentFactsTest {

  private static final Instant STARTED = Instant.parse("2026-03-10T14:00:00Z");
  private static final Instant DETECTED = STARTED.plus(Duration.ofMinutes(20));
  private static final Username RESPONDER = Username.of("responder");

  private static Incident declared(Severity severity) {
    return Incident.declare(
        new IncidentKey(2026, 42),
        new Declaration(
            IncidentTitle.of("Checkout returns 503 for everyone"),
            severity,
            IncidentCategory.OUTAGE,
            Set.of(ServiceName.of("checkout-api")),
            STARTED,
            DETECTED,
            false),
        SeverityPolicy.defaults(),
        RESPONDER,
        DETECTED);
  }

  private static Postmortem postmortemOf(Incident incident, Instant resolved) {
    return Postmortem.open(
        incident.key(),
        1L,
        incident.title().value(),
        incident.severity(),
        true,
        PostmortemTemplate.standard(),
        DeadlinePolicy.standard().deadlineFor(resolved),
        Set.of(RESPONDER),
        Map.of(),
        resolved);
  }

  private static Instant detectedPlus(int minutes) {
    return DETECTED.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void aSeverityRaisedAfterTheAcknowledgementKeepsTheTargetThatWasMet() {
    Incident incident = declared(Severity.P2);
    incident.acknowledge(detectedPlus(30), detectedPlus(30));
    incident.resolve(detectedPlus(90), detectedPlus(90));
    incident.changeSeverity(Severity.P0, Duration.ofMinutes(15), detectedPlus(100));

    IncidentFacts facts =
        IncidentFacts.of(
            incident, List.of(), postmortemOf(incident, detectedPlus(90)), detectedPlus(120));

    SlaFact acknowledge = facts.sla().fact(SlaMeasure.ACKNOWLEDGE);
    assertThat(acknowledge.elapsed()).contains(Duration.ofMinutes(30));
    assertThat(acknowledge.target()).contains(Duration.ofHours(4));
    assertThat(acknowledge.breached()).isFalse();
  }

  @Test
  void theIncidentPageAndThePostmortemAgreeOnTheTimesToMitigateAndResolve() {
    Incident incident = declared(Severity.P1);
    incident.acknowledge(detectedPlus(10), detectedPlus(10));
    incident.mitigate(detectedPlus(40), detectedPlus(40));
    incident.resolve(detectedPlus(100), detectedPlus(100));
    Instant now = detectedPlus(200);

    IncidentFacts facts =
        IncidentFacts.of(incident, List.of(), postmortemOf(incident, detectedPlus(100)), now);
    var page = SlaClock.of(incident, SeverityPolicy.defaults().definition(Severity.P1), now);

    assertThat(facts.sla().fact(SlaMeasure.MITIGATE).elapsed()).isEqualTo(page.timeToMitigate());
    assertThat(facts.sla().fact(SlaMeasure.RESOLVE).elapsed()).isEqualTo(page.timeToResolve());
    assertThat(facts.duration()).isEqualTo(Duration.ofMinutes(120));
  }
}
