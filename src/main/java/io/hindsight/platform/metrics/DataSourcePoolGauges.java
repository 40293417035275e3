package io.hindsight.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The database pool as WildFly counts it (the data source has statistics enabled in {@code
 * configure.cli}): connections in use, idle and the most ever in use, and requests that had to
 * wait. Read through WildFly's management beans; a gauge reads NaN when the server does not offer
 * them.
 */
@ApplicationScoped
public class DataSourcePoolGauges implements MeterBinder {

  static final String POOL =
      "jboss.as:subsystem=datasources,data-source=HindsightDS,statistics=pool";

  @Override
  public void bindTo(MeterRegistry registry) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    connections(registry, server, "in_use", "InUseCount");
    connections(registry, server, "idle", "AvailableCount");
    Gauge.builder("hindsight.db.pool.connections.max.used", server, s -> read(s, "MaxUsedCount"))
        .description("The most connections of the pool ever in use at once")
        .strongReference(true)
        .register(registry);
    Gauge.builder("hindsight.db.pool.waiting.requests", server, s -> read(s, "WaitCount"))
        .description("Requests for a connection that had to wait, since the pool started")
        .strongReference(true)
        .register(registry);
  }

  private static void connections(
      MeterRegistry registry, MBeanServer server, String state, String attribute) {
    Gauge.builder("hindsight.db.pool.connections", server, s -> read(s, attribute))
        .description("Connections of the database pool by state")
        .tag("state", state)
        .strongReference(true)
        .register(registry);
  }

  private static double read(MBeanServer server, String attribute) {
    try {
      Object value = server.getAttribute(new ObjectName(POOL), attribute);
      return value instanceof Number number ? number.doubleValue() : Double.NaN;
    } catch (JMException | RuntimeException unavailable) {
      return Double.NaN;
    }
  }
}
