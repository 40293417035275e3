package io.hindsight.postmortem.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.incident.domain.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  @Test
  void frontMatterIsWrittenWholeByManyThreadsAtOnce() throws Exception {
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("key", "PM-2026-0001");
    front.put("authors", List.of("ada", "grace"));
    front.put("impact", Map.of("users", 1200));
    String expected = PostmortemDocument.yaml(front);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> written = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        written.add(
            threads.submit(
                () -> {
                  List<String> out = new ArrayList<>();
                  for (int i = 0; i < 2_000; i++) {
                    out.add(PostmortemDocument.yaml(front));
                  }
                  return out;
                }));
      }
      for (Future<List<String>> thread : written) {
        assertThat(thread.get()).containsOnly(expected);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(expected).contains("key: PM-2026-0001").contains("- grace").contains("users: 1200");
  }
}
