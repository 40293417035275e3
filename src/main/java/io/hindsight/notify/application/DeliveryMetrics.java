package io.hindsight.notify.application;

import io.hindsight.notify.domain.DeliveryState;
import io.hindsight.notify.domain.NotificationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prometheus meters of delivery: attempts by kind, channel and outcome, the latency from queueing
 * to sending, and (refreshed by the worker each tick) the messages by kind and state and the age of
 * the oldest message still waiting.
 */
@ApplicationScoped
public class DeliveryMetrics {

  @Inject MeterRegistry registry;

  private final Map<String, AtomicLong> byKindAndState = new ConcurrentHashMap<>();
  private final AtomicLong oldestPendingSeconds = new AtomicLong();
  private volatile boolean oldestRegistered;

  void sent(Delivery delivery, Duration latency) {
    outcome(delivery, "sent");
    Timer.builder("hindsight.notification.delivery.latency")
        .description("Time from queueing a notification to its delivery")
        .tag("channel", delivery.channel().spelling())
        .register(registry)
        .record(latency.isNegative() ? Duration.ZERO : latency);
  }

  void failed(Delivery delivery, DeliveryState state) {
    outcome(delivery, state == DeliveryState.DEAD ? "dead" : "failed");
  }

  private void outcome(Delivery delivery, String outcome) {
    Counter.builder("hindsight.notification.attempts")
        .description("Delivery attempts by kind, channel and outcome")
        .tag("kind", delivery.kind().spelling())
        .tag("channel", delivery.channel().spelling())
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  /** The worker's count of messages per kind and state, and the oldest waiting one's age. */
  void queue(Map<NotificationKind, Map<DeliveryState, Long>> counts, Duration oldestPending) {
    for (NotificationKind kind : NotificationKind.values()) {
      for (DeliveryState state : DeliveryState.values()) {
        long count = counts.getOrDefault(kind, Map.of()).getOrDefault(state, 0L);
        gauge(kind, state).set(count);
      }
    }
    if (!oldestRegistered) {
      Gauge.builder(
              "hindsight.notification.oldest.pending.age", oldestPendingSeconds, AtomicLong::get)
          .description("Seconds the oldest queued or failed notification has waited")
          .baseUnit("seconds")
          .register(registry);
      oldestRegistered = true;
    }
    oldestPendingSeconds.set(Math.max(0, oldestPending.toSeconds()));
  }

  private AtomicLong gauge(NotificationKind kind, DeliveryState state) {
    return byKindAndState.computeIfAbsent(
        kind.name() + "/" + state.name(),
        ignored -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder("hindsight.notification.messages", value, AtomicLong::get)
              .description("Notifications by kind and state")
              .tag("kind", kind.spelling())
              .tag("state", state.label())
              .register(registry);
          return value;
        });
  }
}
