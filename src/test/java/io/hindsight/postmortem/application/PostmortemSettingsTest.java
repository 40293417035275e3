package io.hindsight.postmortem.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.incident.domain.Severity;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostmortemSettingsTest {

  @Test
  void severityListsAreCommaSeparatedAndMayBeEmpty() {
    assertThat(PostmortemSettings.severities("x", "P0, p1,,"))
        .containsExactlyInAnyOrder(Severity.P0, Severity.P1);
    assertThat(PostmortemSettings.severities("x", " ")).isEmpty();
    assertThatThrownBy(() -> PostmortemSettings.severities("hindsight.x", "P0,P7"))
        .hasMessageContaining("hindsight.x")
        .hasMessageContaining("P7");
  }

  @Test
  void holidaysAreIsoDates() {
    assertThat(PostmortemSettings.holidays("2026-12-25, 2026-12-26"))
        .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    assertThat(PostmortemSettings.holidays(" ")).isEmpty();
    assertThatThrownBy(() -> PostmortemSettings.holidays("25.12.2026"))
        .hasMessageContaining("25.12.2026");
  }

  @Test
  void durationsReadLikeAPerson() {
    assertThat(PostmortemDocument.human(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(PostmortemDocument.human(Duration.ofMinutes(125))).isEqualTo("2 h 05 min");
    assertThat(PostmortemDocument.human(Duration.ofHours(76))).isEqualTo("3 d 4 h");
  }
}
