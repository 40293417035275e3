package io.hindsight.review.application;

import io.hindsight.platform.metrics.GaugeReadings;
import io.hindsight.platform.metrics.PeriodicReading;
import io.hindsight.review.domain.DueState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runbooks in the review queue by where they stand against their due date (later, due soon, due
 * today, overdue, escalated), for Prometheus.
 */
@ApplicationScoped
public class ReviewGauges implements MeterBinder {

  @PersistenceContext EntityManager em;
  @Inject GaugeReadings readings;
  @Inject Clock clock;

  @Override
  public void bindTo(MeterRegistry registry) {
    PeriodicReading<Map<DueState, Long>> counts = readings.of(this::countsByDueState);
    for (DueState state : DueState.values()) {
      Gauge.builder(
              "hindsight.runbooks.review", counts, reading -> reading.get().getOrDefault(state, 0L))
          .description("Runbooks in the review queue, by where they stand against their due date")
          .tag("due", state.name().toLowerCase(Locale.ROOT))
          .strongReference(true)
          .register(registry);
    }
  }

  /** One grouped query by due date; the days are few, and the rule of each is {@link DueState}. */
  @Transactional
  public Map<DueState, Long> countsByDueState() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Map<DueState, Long> counts = new EnumMap<>(DueState.class);
    em.createQuery(
            "select i.dueDate, count(i) from ReviewItem i"
                + " where i.gone = false and i.retired = false group by i.dueDate",
            Object[].class)
        .getResultStream()
        .forEach(
            row -> counts.merge(DueState.of((LocalDate) row[0], today), (Long) row[1], Long::sum));
    return counts;
  }
}
