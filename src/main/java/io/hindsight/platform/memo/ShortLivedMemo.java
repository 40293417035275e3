package io.hindsight.platform.memo;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values worked out from the database and kept for a short time, for reads that many requests make
 * at once (a count over a whole table). {@link #forget()} drops them all; a value worked out while
 * a {@code forget} happened is not kept, since it may have been read before the change that caused
 * the forgetting. At most {@code capacity} values are kept; past it, all are dropped. Thread-safe.
 */
public final class ShortLivedMemo<K, V> {

  private final long keptNanos;
  private final int capacity;
  private final LongSupplier nanoTime;
  private final Map<K, Kept<V>> values = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  public ShortLivedMemo(Duration kept, int capacity, LongSupplier nanoTime) {
    if (kept.isNegative() || kept.isZero() || capacity < 1) {
      throw new IllegalArgumentException("A memo keeps values for a positive time, at least one.");
    }
    this.keptNanos = kept.toNanos();
    this.capacity = capacity;
    this.nanoTime = nanoTime;
  }

  public static <K, V> ShortLivedMemo<K, V> keeping(Duration kept, int capacity) {
    return new ShortLivedMemo<>(kept, capacity, System::nanoTime);
  }

  /** The value kept for the key if it is recent enough, or else {@code work}'s, kept. */
  public V get(K key, Supplier<V> work) {
    long now = nanoTime.getAsLong();
    Kept<V> kept = values.get(key);
    if (kept != null && now - kept.at() < keptNanos) {
      return kept.value();
    }
    long before = generation.get();
    V value = work.get();
    if (generation.get() == before) {
      if (values.size() >= capacity) {
        values.clear();
      }
      values.put(key, new Kept<>(value, now));
    }
    return value;
  }

  public void forget() {
    generation.incrementAndGet();
    values.clear();
  }

  private record Kept<V>(V value, long at) {}
}
