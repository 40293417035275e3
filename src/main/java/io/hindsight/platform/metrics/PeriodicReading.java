package io.hindsight.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read at most once per period: gauges over the database are read by every scrape, and a
 * busy Prometheus must not turn into a query load.
 */
public final class PeriodicReading<T> {

  private final Supplier<T> read;
  private final Duration period;
  private final Clock clock;
  private T value;
  private Instant readAt;

  public PeriodicReading(Supplier<T> read, Duration period, Clock clock) {
    this.read = read;
    this.period = period;
    this.clock = clock;
  }

  public synchronized T get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(period))) {
      value = read.get();
      readAt = now;
    }
    return value;
  }
}
