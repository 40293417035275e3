package io.hindsight.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeverityPolicyTest {

  private final SeverityPolicy defaults = SeverityPolicy.defaults();

  @Test
  void theSeedsTargetsAndNotifications() {
    assertThat(defaults.version()).isEqualTo(1);
    assertThat(defaults.definition(Severity.P0).responseTarget()).isEqualTo(Duration.ofMinutes(15));
    assertThat(defaults.definition(Severity.P1).responseTarget()).isEqualTo(Duration.ofHours(1));
    assertThat(defaults.definition(Severity.P2).responseTarget()).isEqualTo(Duration.ofHours(4));
    assertThat(defaults.definition(Severity.P3).responseTarget()).isEqualTo(Duration.ofHours(24));
    assertThat(defaults.definition(Severity.P0).notificationPolicy())
        .isEqualTo("Page on-call engineer, notify management");
    assertThat(defaults.definition(Severity.P3).notificationPolicy()).isEqualTo("Create ticket");
    assertThat(defaults.definition(Severity.P0).name()).isEqualTo("Critical");
    assertThat(defaults.definition(Severity.P0).examples()).contains("Database corruption");
  }

  @Test
  void statusUpdatesEveryThirtyMinutesForP0AndP1Only() {
    assertThat(defaults.definition(Severity.P0).statusUpdateEvery())
        .contains(Duration.ofMinutes(30));
    assertThat(defaults.definition(Severity.P1).statusUpdateEvery())
        .contains(Duration.ofMinutes(30));
    assertThat(defaults.definition(Severity.P2).statusUpdateEvery()).isEmpty();
    assertThat(defaults.definition(Severity.P3).statusUpdateEvery()).isEmpty();
  }

  @Test
  void aRevisionIsTheNextVersionAndLeavesTheOldOneAlone() {
    List<SeverityDefinition> edited = new ArrayList<>(defaults.definitions());
    SeverityDefinition p0 = defaults.definition(Severity.P0);
    edited.set(
        0,
        new SeverityDefinition(
            Severity.P0,
            p0.name(),
            p0.description(),
            p0.examples(),
            Duration.ofMinutes(10),
            p0.notificationPolicy(),
            p0.statusUpdateCadence()));

    SeverityPolicy revised = defaults.revise(edited);

    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.definition(Severity.P0).responseTarget()).isEqualTo(Duration.ofMinutes(10));
    assertThat(defaults.definition(Severity.P0).responseTarget()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void everySeverityOnce() {
    List<SeverityDefinition> three = new ArrayList<>(defaults.definitions());
    three.remove(3);
    assertThatThrownBy(() -> defaults.revise(three)).hasMessageContaining("P3 is missing");
    List<SeverityDefinition> twice = new ArrayList<>(defaults.definitions());
    twice.add(defaults.definition(Severity.P1));
    assertThatThrownBy(() -> defaults.revise(twice)).hasMessageContaining("more than once");
  }

  @Test
  void refusesBlankTextsAndNonPositiveTargets() {
    assertThatThrownBy(
            () ->
                new SeverityDefinition(
                    Severity.P2, " ", "d", List.of(), Duration.ofHours(1), "n", null))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(
            () ->
                new SeverityDefinition(Severity.P2, "n", "d", List.of(), Duration.ZERO, "n", null))
        .isInstanceOf(FieldRefused.class)
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("responseTargetMinutes");
  }
}
