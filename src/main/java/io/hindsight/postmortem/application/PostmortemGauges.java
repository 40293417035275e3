package io.hindsight.postmortem.application;

import io.hindsight.platform.metrics.GaugeReadings;
import io.hindsight.platform.metrics.PeriodicReading;
import io.hindsight.postmortem.domain.DueState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Unfinished post-mortems by due state (not due, due soon, overdue), for Prometheus. */
@ApplicationScoped
public class PostmortemGauges implements MeterBinder {

  @Inject Postmortems postmortems;
  @Inject PostmortemService service;
  @Inject GaugeReadings readings;

  @Override
  public void bindTo(MeterRegistry registry) {
    PeriodicReading<Map<DueState, Long>> counts = readings.of(this::countsByDueState);
    for (DueState state : new DueState[] {DueState.NOT_DUE, DueState.DUE_SOON, DueState.OVERDUE}) {
      Gauge.builder(
              "hindsight.postmortems.unfinished",
              counts,
              reading -> reading.get().getOrDefault(state, 0L))
          .description(
              "Post-mortems neither published nor waived, by where they stand against their deadline")
          .tag("due", state.name().toLowerCase(Locale.ROOT))
          .strongReference(true)
          .register(registry);
    }
  }

  @Transactional
  public Map<DueState, Long> countsByDueState() {
    Map<DueState, Long> counts = new EnumMap<>(DueState.class);
    postmortems.unfinished().forEach(p -> counts.merge(service.dueState(p), 1L, Long::sum));
    return counts;
  }
}
