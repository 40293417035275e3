package io.hindsight.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * One Prometheus registry for the application, with the JVM's own meters bound to it; it is also
 * the {@code MeterRegistry} that features count with. A feature's gauges over its own data are a
 * {@link MeterBinder} bean, bound here once.
 */
@ApplicationScoped
public class MeterRegistryProducer {

  @Inject Instance<MeterBinder> featureGauges;

  /**
   * Listens to the JVM's garbage collectors, which outlive the deployment: closed with the
   * registry, or every redeployment would keep the old deployment's classes alive.
   */
  private JvmGcMetrics gcMetrics;

  /** Prometheus reads a name ending in {@code _count} as part of a summary, not as a gauge. */
  static final MeterFilter CPU_COUNT_AS_GAUGE_NAME =
      new MeterFilter() {
        @Override
        public Meter.Id map(Meter.Id id) {
          return id.getName().equals("system.cpu.count") ? id.withName("system.cpus") : id;
        }
      };

  @Produces
  @Singleton
  PrometheusMeterRegistry prometheusRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("application", "hindsight").meterFilter(CPU_COUNT_AS_GAUGE_NAME);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    featureGauges.forEach(binder -> binder.bindTo(registry));
    return registry;
  }

  void close(@Disposes PrometheusMeterRegistry registry) {
    if (gcMetrics != null) {
      gcMetrics.close();
    }
    registry.close();
  }
}
