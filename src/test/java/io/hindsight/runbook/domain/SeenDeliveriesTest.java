package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeenDeliveriesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aDeliveryIdSeenAgainWithinTheWindowIsAReplay() {
    SeenDeliveries seen = new SeenDeliveries(Duration.ofHours(24), 100);

    assertThat(seen.firstSeen("sample:72d3162e-cc78-11e3-81ab-4c9367dc0958", NOW)).isTrue();
    assertThat(seen.firstSeen("sample:72d3162e-cc78-11e3-81ab-4c9367dc0958", NOW.plusSeconds(60)))
        .isFalse();
    assertThat(seen.firstSeen("other:72d3162e-cc78-11e3-81ab-4c9367dc0958", NOW)).isTrue();
    assertThat(
            seen.firstSeen(
                "sample:72d3162e-cc78-11e3-81ab-4c9367dc0958", NOW.plus(Duration.ofHours(25))))
        .isTrue();
  }

  @Test
  void theOldestDeliveryIsForgottenFirstWhenFull() {
    SeenDeliveries seen = new SeenDeliveries(Duration.ofHours(24), 2);
    seen.firstSeen("a", NOW);
    seen.firstSeen("b", NOW);
    seen.firstSeen("c", NOW);

    assertThat(seen.firstSeen("b", NOW)).isFalse();
    assertThat(seen.firstSeen("a", NOW)).isTrue();
  }
}
