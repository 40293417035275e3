package io.hindsight.action.application;

import io.hindsight.platform.metrics.GaugeReadings;
import io.hindsight.platform.metrics.PeriodicReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Action items past their due date, for Prometheus. */
@ApplicationScoped
public class ActionItemGauges implements MeterBinder {

  @Inject ActionItems items;
  @Inject GaugeReadings readings;
  @Inject Clock clock;

  @Override
  public void bindTo(MeterRegistry registry) {
    PeriodicReading<Long> overdue = readings.of(this::overdue);
    Gauge.builder("hindsight.action.items.overdue", overdue, PeriodicReading::get)
        .description("Open or in-progress action items past their due date")
        .strongReference(true)
        .register(registry);
  }

  @Transactional
  public long overdue() {
    return items.overdueCount(LocalDate.now(clock));
  }
}
