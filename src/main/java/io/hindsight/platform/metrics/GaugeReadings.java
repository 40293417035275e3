package io.hindsight.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the readings behind the features' gauges, all refreshed at the same period ({@code
 * HINDSIGHT_METRICS_GAUGE_SECONDS}, 15 by default; 0 reads at every scrape).
 */
@ApplicationScoped
public class GaugeReadings {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hindsight.metrics.gauge-seconds", defaultValue = "15")
  int seconds;

  public <T> PeriodicReading<T> of(Supplier<T> read) {
    return new PeriodicReading<>(read, Duration.ofSeconds(Math.max(0, seconds)), clock);
  }
}
