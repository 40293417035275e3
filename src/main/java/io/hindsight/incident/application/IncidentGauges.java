package io.hindsight.incident.application;

import io.hindsight.incident.domain.IncidentHealth;
import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.metrics.GaugeReadings;
import io.hindsight.platform.metrics.PeriodicReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.ToIntBiFunction;

/** Open incidents, SLA breaches and overdue status updates by severity, for Prometheus. */
@ApplicationScoped
public class IncidentGauges implements MeterBinder {

  @Inject Incidents incidents;
  @Inject IncidentService service;
  @Inject GaugeReadings readings;
  @Inject Clock clock;

  @Override
  public void bindTo(MeterRegistry registry) {
    PeriodicReading<IncidentHealth> health = readings.of(this::health);
    for (Severity severity : Severity.values()) {
      gauge(
          registry,
          "hindsight.incidents.open",
          "Open incidents",
          severity,
          health,
          IncidentHealth::open);
      gauge(
          registry,
          "hindsight.incidents.sla.breached",
          "Open incidents acknowledged late or still unacknowledged past their response target",
          severity,
          health,
          IncidentHealth::breached);
      gauge(
          registry,
          "hindsight.incidents.status.update.overdue",
          "Open incidents whose status update is overdue (P0 and P1: every 30 minutes)",
          severity,
          health,
          IncidentHealth::statusUpdateOverdue);
    }
  }

  private static void gauge(
      MeterRegistry registry,
      String name,
      String description,
      Severity severity,
      PeriodicReading<IncidentHealth> health,
      ToIntBiFunction<IncidentHealth, Severity> count) {
    Gauge.builder(name, health, reading -> count.applyAsInt(reading.get(), severity))
        .description(description)
        .tag("severity", severity.name())
        .strongReference(true)
        .register(registry);
  }

  @Transactional
  public IncidentHealth health() {
    return IncidentHealth.of(
        incidents.open(),
        incident -> service.policyOf(incident).definition(incident.severity()),
        clock.instant());
  }
}
