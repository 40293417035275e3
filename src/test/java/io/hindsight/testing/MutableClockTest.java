package io.hindsight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void standsStillUntilAdvanced() {
    MutableClock clock = MutableClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.advance(Duration.ofSeconds(90)).instant()).isEqualTo(START.plusSeconds(90));
    assertThat(clock.millis()).isEqualTo(START.plusSeconds(90).toEpochMilli());
  }

  @Test
  void canBeSet() {
    MutableClock clock = MutableClock.at(START);

    clock.set(START.minusSeconds(5));

    assertThat(clock.instant()).isEqualTo(START.minusSeconds(5));
  }

  @Test
  void zonedCopyMovesWithTheOriginal() {
    MutableClock clock = MutableClock.at(START);
    MutableClock zoned = clock.withZone(ZoneId.of("Europe/Berlin"));

    clock.advance(Duration.ofMinutes(1));

    assertThat(zoned.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Z"));
    assertThat(zoned.instant()).isEqualTo(START.plusSeconds(60));
  }
}
