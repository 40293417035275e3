package io.hindsight.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicReadingTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void readsOncePerPeriod() {
    PeriodicReading<Integer> reading =
        new PeriodicReading<>(reads::incrementAndGet, Duration.ofSeconds(15), clock);
    assertThat(reading.get()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(14));
    assertThat(reading.get()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(reading.get()).isEqualTo(2);
  }

  @Test
  void aZeroPeriodReadsEveryTime() {
    PeriodicReading<Integer> reading =
        new PeriodicReading<>(reads::incrementAndGet, Duration.ZERO, clock);
    reading.get();
    reading.get();
    assertThat(reads).hasValue(2);
  }
}
