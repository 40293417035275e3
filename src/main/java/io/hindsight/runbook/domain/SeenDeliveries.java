package io.hindsight.runbook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The webhook deliveries received within a window, by delivery id: a delivery seen again within the
 * window is a replay. At most {@code maxDeliveries} are remembered; beyond that the oldest is
 * forgotten first.
 */
public final class SeenDeliveries {

  private final Duration window;
  private final int maxDeliveries;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  public SeenDeliveries(Duration window, int maxDeliveries) {
    if (window.isNegative() || window.isZero() || maxDeliveries < 1) {
      throw new IllegalArgumentException("window and size must be positive");
    }
    this.window = window;
    this.maxDeliveries = maxDeliveries;
  }

  /**
   * True the first time {@code id} is seen within the window (and remembers it); false for a
   * replay.
   */
  public synchronized boolean firstSeen(String id, Instant now) {
    Objects.requireNonNull(id, "id");
    forgetOlderThan(now.minus(window));
    if (seen.containsKey(id)) {
      return false;
    }
    if (seen.size() >= maxDeliveries) {
      Iterator<String> eldest = seen.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    seen.put(id, now);
    return true;
  }

  private void forgetOlderThan(Instant cutoff) {
    Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
    while (entries.hasNext() && !entries.next().getValue().isAfter(cutoff)) {
      entries.remove();
    }
  }
}
