package io.hindsight.review.application;

import io.hindsight.platform.metrics.GaugeReadings;
import io.hindsight.platform.metrics.PeriodicReading;
import io.hindsight.review.domain.DueState;
import io.hindsight.review.domain.QuarterCounts;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Runbooks in the review queue by where they stand against their due date (later, due soon, due
 * today, overdue, escalated), and the quarter view's numbers (runbooks, reviewed this quarter, due
 * by its end, overdue, reviewed in the last 90 days, and that share: runbook freshness), for
 * Prometheus.
 */
@ApplicationScoped
public class ReviewGauges implements MeterBinder {

  @PersistenceContext EntityManager em;
  @Inject GaugeReadings readings;
  @Inject Clock clock;
  @Inject ReviewQuarterView quarterView;

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
    PeriodicReading<QuarterCounts> quarter = readings.of(quarterView::total);
    Map<String, ToLongFunction<QuarterCounts>> parts = new LinkedHashMap<>();
    parts.put("runbooks", QuarterCounts::runbooks);
    parts.put("reviewed", QuarterCounts::reviewed);
    parts.put("due", QuarterCounts::due);
    parts.put("overdue", QuarterCounts::overdue);
    parts.put("fresh", QuarterCounts::fresh);
    parts.forEach(
        (name, part) ->
            Gauge.builder(
                    "hindsight.runbooks.quarter",
                    quarter,
                    reading -> part.applyAsLong(reading.get()))
                .description(
                    "This quarter's runbook reviews: runbooks, reviewed, due by its end, overdue,"
                        + " reviewed in the last 90 days")
                .tag("count", name)
                .strongReference(true)
                .register(registry));
    Gauge.builder("hindsight.runbooks.fresh.ratio", quarter, reading -> freshness(reading.get()))
        .description("The share of runbooks reviewed in the last 90 days (runbook freshness)")
        .strongReference(true)
        .register(registry);
  }

  private static double freshness(QuarterCounts counts) {
    return counts.runbooks() == 0 ? 1.0 : (double) counts.fresh() / counts.runbooks();
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
